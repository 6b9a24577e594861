using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    /// <summary>Small hand-made profiles shared by the codec and library tests.</summary>
    public static class SampleProfiles
    {
        /// <summary>A 3-point curve with sensitivity, negative phase and a long source text.</summary>
        public static IemProfile WithCurve(string name)
        {
            IemProfile p = new IemProfile();
            p.Name = name;
            p.NominalMilliOhms = 12800;
            p.SensitivityCentiDb = 11280;
            p.SensitivityUnit = SensitivityUnit.DbSplPerMilliwatt;
            p.Origin = IemOrigin.UserMeasurement;
            p.Source = "bench, 2024-05-01; rig #2 (REW 5.31)";
            p.FrequencyMilliHertz = new int[] { 20000, 1000000, 20000000 };
            p.MagnitudeMilliOhms = new int[] { 8123, 12800, 45001 };
            p.PhaseCentiDegrees = new int[] { -1234, 5, 8999 };
            return p;
        }

        /// <summary>A nominal-only profile.</summary>
        public static IemProfile NominalOnly(string name)
        {
            IemProfile p = new IemProfile();
            p.Name = name;
            p.NominalMilliOhms = 17000;
            p.Origin = IemOrigin.ManufacturerSpec;
            return p;
        }

        /// <summary>True when two profiles hold the same values.</summary>
        public static bool Same(IemProfile a, IemProfile b)
        {
            if (a.Name != b.Name || a.Source != b.Source || a.Origin != b.Origin || a.NominalMilliOhms != b.NominalMilliOhms
                || a.SensitivityUnit != b.SensitivityUnit || a.CurveCount != b.CurveCount)
            {
                return false;
            }

            if (a.SensitivityUnit != SensitivityUnit.None && a.SensitivityCentiDb != b.SensitivityCentiDb)
            {
                return false;
            }

            for (int i = 0; i < a.CurveCount; i++)
            {
                if (a.FrequencyMilliHertz[i] != b.FrequencyMilliHertz[i] || a.MagnitudeMilliOhms[i] != b.MagnitudeMilliOhms[i] || a.PhaseCentiDegrees[i] != b.PhaseCentiDegrees[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
