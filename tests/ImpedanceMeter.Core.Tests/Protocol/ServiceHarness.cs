using ImpedanceMeter.Core.Protocol;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    /// <summary>A service wired to fakes, with a helper that sends one line and returns the response bodies.</summary>
    public sealed class ServiceHarness
    {
        public readonly FakeSerialLink Link = new FakeSerialLink();
        public readonly FakeZoutEngine Engine = new FakeZoutEngine();
        public readonly FakeIemLibrary Library = new FakeIemLibrary();
        public readonly SerialCommandService Service;

        public ServiceHarness()
        {
            DeviceIdentity id = new DeviceIdentity();
            id.Serial = "T1";
            Service = new SerialCommandService(Link, Engine, Library, id);
        }

        /// <summary>Polls until the input is consumed and nothing more happens (bounded).</summary>
        public void Drain()
        {
            for (int i = 0; i < 100000 && Service.Poll(); i++)
            {
            }
        }

        /// <summary>Sends a line (LF added), polls, returns the checked bodies of every line sent back except #PROG progress.</summary>
        public string[] Send(string line)
        {
            Link.Feed(line + "\n");
            Drain();
            string[] all = Lines.Bodies(Link.TakeLines());
            int kept = 0;
            for (int i = 0; i < all.Length; i++)
            {
                if (!all[i].StartsWith("#PROG,"))
                {
                    all[kept++] = all[i];
                }
            }

            string[] result = new string[kept];
            System.Array.Copy(all, result, kept);
            return result;
        }

        /// <summary>Everything the protocol can change, as one string.</summary>
        public string Snapshot()
        {
            MeterSettings s = Service.Settings;
            return ((int)s.Jack).ToString() + ";" + s.SpotFrequencyMilliHertz.ToString() + ";" + s.SourceName + ";" + (s.Stream ? "1" : "0")
                + ";seq" + Service.LastSequence.ToString() + ";cont" + Service.ContinuousRemaining.ToString()
                + ";up" + (Service.Upload.Active ? "1" : "0") + Service.Upload.Received.ToString()
                + ";lib" + Library.Snapshot()
                + ";eng" + Engine.MeasurePointCalls.ToString() + "/" + Engine.MeasureCalls.ToString() + "/" + Engine.CalibrateCalls.ToString() + "/" + Engine.ClearCalls.ToString();
        }
    }
}
