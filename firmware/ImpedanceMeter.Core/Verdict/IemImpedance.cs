namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The complex impedance of an IEM at any frequency, from its profile: |Z| and phase are
    /// interpolated linearly in log2(frequency) between curve points (fraction t in Q30), held
    /// flat outside the curve's span, and converted to real and imaginary parts in µΩ with
    /// <see cref="FixedSinCos"/>. A nominal-only profile is a flat resistor of its nominal value.
    /// </summary>
    public sealed class IemImpedance
    {
        private readonly IemProfile _profile;
        private readonly long[] _log2FrequencyQ32;

        /// <summary>Prepares the interpolation of a validated profile.</summary>
        public IemImpedance(IemProfile profile)
        {
            _profile = profile;
            int n = profile.CurveCount;
            _log2FrequencyQ32 = new long[n];
            for (int i = 0; i < n; i++)
            {
                _log2FrequencyQ32[i] = FixedLog2.Log2Q32((ulong)profile.FrequencyMilliHertz[i]);
            }
        }

        /// <summary>True when the curve spans [<paramref name="lowMilliHertz"/>, <paramref name="highMilliHertz"/>].</summary>
        public bool Covers(int lowMilliHertz, int highMilliHertz)
        {
            int n = _profile.CurveCount;
            return n >= 2 && _profile.FrequencyMilliHertz[0] <= lowMilliHertz && _profile.FrequencyMilliHertz[n - 1] >= highMilliHertz;
        }

        /// <summary>
        /// Z at <paramref name="milliHertz"/> whose log2 (Q32, from <see cref="FixedLog2.Log2Q32"/>)
        /// is <paramref name="log2FrequencyQ32"/>: real and imaginary parts in µΩ.
        /// </summary>
        public void At(int milliHertz, long log2FrequencyQ32, out long reMicroOhms, out long imMicroOhms)
        {
            int n = _profile.CurveCount;
            if (n < 2)
            {
                reMicroOhms = (long)_profile.NominalMilliOhms * 1000;
                imMicroOhms = 0;
                return;
            }

            int[] f = _profile.FrequencyMilliHertz;
            int[] mag = _profile.MagnitudeMilliOhms;
            int[] phase = _profile.PhaseCentiDegrees;
            long magMicro;
            long phaseQ16;
            if (milliHertz <= f[0])
            {
                magMicro = (long)mag[0] * 1000;
                phaseQ16 = (long)phase[0] << 16;
            }
            else if (milliHertz >= f[n - 1])
            {
                magMicro = (long)mag[n - 1] * 1000;
                phaseQ16 = (long)phase[n - 1] << 16;
            }
            else
            {
                int i = 0;
                while (f[i + 1] < milliHertz)
                {
                    i++;
                }

                long tQ30 = WideMath.RatioQ30(log2FrequencyQ32 - _log2FrequencyQ32[i], _log2FrequencyQ32[i + 1] - _log2FrequencyQ32[i]);
                magMicro = ((long)mag[i] * 1000) + WideMath.MulQ30((long)(mag[i + 1] - mag[i]) * 1000, tQ30);
                phaseQ16 = ((long)phase[i] << 16) + WideMath.MulQ30((long)(phase[i + 1] - phase[i]) << 16, tQ30);
            }

            long radiansQ30 = FixedSinCos.RadiansQ30(phaseQ16);
            reMicroOhms = WideMath.MulQ30(magMicro, FixedSinCos.CosQ30(radiansQ30));
            imMicroOhms = WideMath.MulQ30(magMicro, FixedSinCos.SinQ30(radiansQ30));
        }
    }
}
