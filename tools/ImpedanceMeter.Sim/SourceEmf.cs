namespace ImpedanceMeter.Sim;

/// <summary>
/// What a live source puts on its output besides its impedance: mains hum (fundamental, 3rd and
/// 5th harmonic, <see cref="SourceSpec.HumV"/> or <see cref="SimParameters.SourceHumV"/> peak) and,
/// for a source playing music, 48 log-spaced partials 40 Hz–8 kHz scaled to <see cref="SimParameters.MusicVrms"/>.
/// </summary>
public static class SourceEmf
{
    /// <summary>The tones (Hz, V peak, phase in rad) of <paramref name="src"/>, phases and partials drawn from <paramref name="phases"/>.</summary>
    public static (double Hz, double Amp, double Phase)[] Tones(SourceSpec src, SimParameters p, SimRandom phases)
    {
        var tones = new List<(double Hz, double Amp, double Phase)>();
        double hum = src.HumV ?? p.SourceHumV;
        if (hum > 0)
        {
            tones.Add((p.MainsHz, hum, phases.Uniform(0, 2 * Math.PI)));
            tones.Add((3 * p.MainsHz, hum / 3, phases.Uniform(0, 2 * Math.PI)));
            tones.Add((5 * p.MainsHz, hum / 5, phases.Uniform(0, 2 * Math.PI)));
        }

        if (src.Music)
        {
            // Programme material: 48 partials, log-spaced 40 Hz–8 kHz, pink-ish amplitudes.
            const int n = 48;
            var partials = new (double Hz, double Amp, double Phase)[n];
            double sumSq = 0;
            for (int i = 0; i < n; i++)
            {
                double hz = 40 * Math.Pow(200, (i + phases.Next()) / n);
                double amp = phases.Uniform(0.3, 1) / Math.Sqrt(hz / 40);
                sumSq += amp * amp / 2;
                partials[i] = (hz, amp, phases.Uniform(0, 2 * Math.PI));
            }

            double scale = p.MusicVrms / Math.Sqrt(sumSq);
            foreach (var t in partials)
            {
                tones.Add((t.Hz, t.Amp * scale, t.Phase));
            }
        }

        return tones.ToArray();
    }
}
