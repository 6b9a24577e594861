using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>The simulator parameters of this repository's hardware/frontend.json.</summary>
public static class SimTestParameters
{
    public static string FrontEndPath { get; } = RepoPaths.Combine("hardware", "frontend.json");

    public static SimParameters Load() => SimParameters.Load(FrontEndPath);
}
