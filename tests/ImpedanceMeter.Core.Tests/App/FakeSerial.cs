using ImpedanceMeter.Core.App;
using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Tests.App
{
    /// <summary>Serial service stand-in: each Poll consumes one pending "command" (a remote IEM selection).</summary>
    public sealed class FakeSerial : ISerialService
    {
        public int PendingCommands;
        public int Remote = -1;
        public int Mirrored = -1;
        public int Published;

        public int SelectedIem
        {
            get { return Remote; }
        }

        public bool Poll()
        {
            if (PendingCommands == 0)
            {
                return false;
            }

            PendingCommands--;
            return true;
        }

        public void PublishResult(MeasurementResult result)
        {
            Published++;
        }

        public void SelectIem(int index)
        {
            Mirrored = index;
            Remote = index;
        }
    }
}
