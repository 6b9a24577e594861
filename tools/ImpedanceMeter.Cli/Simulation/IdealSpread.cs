namespace ImpedanceMeter.Cli.Simulation;

/// <summary>
/// What an ideal estimator's reading would still carry beyond its own Cramér–Rao spread, in Ω (1σ): the parts the
/// hardware and the calibration procedure impose on any estimator. Used for the bench's ideal naive ratio.
/// </summary>
/// <param name="Instrument">The instrument whose load standard the reading shares (its tolerance: one draw per instrument).</param>
/// <param name="CalibrationCrbOhms">The calibration standards' own Cramér–Rao spread (<see cref="CalibrationCrb"/>), shared by the group.</param>
/// <param name="ContactGroupOhms">Plug contacts and the load standard's relay closure (<see cref="ContactSpread.PerGroupOhms"/>), shared by the group.</param>
/// <param name="ContactReadingOhms">The reading's own relay closure (<see cref="ContactSpread.PerReadingOhms"/>), independent between readings.</param>
public sealed record IdealSpread(int Instrument, double CalibrationCrbOhms, double ContactGroupOhms, double ContactReadingOhms);
