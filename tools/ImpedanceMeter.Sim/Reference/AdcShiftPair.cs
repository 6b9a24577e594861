namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// One tone step seen at two ADC bias offsets: the mean code of the same analog level with the
/// dither DAC at its low end (<see cref="Low"/>) and at its high end (<see cref="High"/>), codes.
/// Pairs of one <see cref="Group"/> were captured back to back (same tone amplitude), so they share
/// one baseline offset.
/// </summary>
/// <param name="Low">Mean code with DAC2 at code 0.</param>
/// <param name="High">Mean code with DAC2 at code 255.</param>
/// <param name="Group">Index of the capture pair (tone amplitude) it came from.</param>
public readonly record struct AdcShiftPair(double Low, double High, int Group);
