namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>Every guard scenario of <see cref="GuardScenarioTests"/> again, on the engine's scheme (c): RMT tone and I2S stream.</summary>
[TestClass]
public sealed class StreamGuardScenarioTests : GuardScenarioTests
{
    /// <inheritdoc/>
    protected override bool Stream => true;
}
