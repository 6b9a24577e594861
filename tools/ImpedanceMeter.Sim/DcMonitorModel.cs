namespace ImpedanceMeter.Sim;

/// <summary>
/// The DC monitor on GPIO39: offset + gain × the selected leg's DC through the 4.8 Hz first-order
/// low-pass (exact exponential step in simulated time), read by a nominal ADC
/// (frontend.json adc.nominal_mv_per_code) with the instrument's drawn gain error and offset
/// (<see cref="Instrument.DcMonitorAdcGainError"/>, <see cref="Instrument.DcMonitorAdcOffsetCodes"/>) and
/// white noise. Simpler than the sense channel's chip (no INL/DNL): see docs/measurement.md H4.
/// </summary>
internal sealed class DcMonitorModel
{
    private readonly SimParameters _p;
    private readonly Instrument _instrument;
    private readonly SimRandom _noise;
    private double _input;
    private double _state;
    private long _us;

    /// <summary>Creates the monitor of <paramref name="instrument"/>, its ADC noise drawn from <paramref name="noise"/>.</summary>
    public DcMonitorModel(SimParameters p, Instrument instrument, SimRandom noise)
    {
        _p = p;
        _instrument = instrument;
        _noise = noise;
    }

    /// <summary>The monitored leg's DC from simulated time <paramref name="nowUs"/> on, V.</summary>
    public void SetInput(double legDcV, long nowUs)
    {
        Advance(nowUs);
        _input = legDcV;
    }

    /// <summary>One conversion at simulated time <paramref name="nowUs"/>, ADC code.</summary>
    public int Read(long nowUs)
    {
        Advance(nowUs);
        double v = _p.DcMonitorOffsetV + _p.DcMonitorGain * _state;
        double code = v / _p.AdcVoltsPerCode * (1 + _instrument.DcMonitorAdcGainError) + _instrument.DcMonitorAdcOffsetCodes + _noise.Gaussian() * _p.AdcNoiseLsb;
        return (int)Math.Clamp(Math.Round(code), 0, (1 << _p.AdcBits) - 1);
    }

    private void Advance(long nowUs)
    {
        long dt = nowUs - _us;
        _us = nowUs;
        if (dt > 0)
        {
            double a = Math.Exp(-2 * Math.PI * _p.DcMonitorLowpassHz * dt * 1e-6);
            _state = _input + (_state - _input) * a;
        }
    }
}
