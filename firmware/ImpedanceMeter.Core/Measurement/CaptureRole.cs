namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>What a capture was for; decides how the solver and the capture file use it.</summary>
    public enum CaptureRole
    {
        /// <summary>Listen mode, tone silent, gain 0: DC level at the leg.</summary>
        ListenDc = 0,

        /// <summary>Listen mode, tone silent, idle-check gain: noise, hum, music at the leg.</summary>
        ListenIdle = 1,

        /// <summary>Unloaded mode, tone on, gain 0: the generator reference V_u for one range and N.</summary>
        Unloaded = 2,

        /// <summary>Loaded mode, tone on: V_l at the leg for one range, gain and N.</summary>
        Loaded = 3,

        /// <summary>A short loaded capture used only to choose a range or gain (not kept).</summary>
        Preview = 4,

        /// <summary>
        /// Stream only: unloaded mode, gain 0, the tone scaled (<see cref="CaptureHeader.ToneCodes"/>) so that the ADC sees the
        /// amplitude of the loaded capture just before it; gives the magnitude of V_u at matched codes (<see cref="MatchedMagnitude"/>).
        /// </summary>
        MatchedUnloaded = 5,
    }
}
