using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.App
{
    /// <summary>The engine's OSL calibration as a stored record ("calibration", type 1, version 1), via meas's codec.</summary>
    public sealed class CalibrationPayload : IRecordPayload
    {
        private readonly ZoutEngine _engine;

        /// <summary>Stores the calibration of <paramref name="engine"/>.</summary>
        public CalibrationPayload(ZoutEngine engine)
        {
            _engine = engine;
        }

        /// <summary>"calibration".</summary>
        public string RecordName
        {
            get { return "calibration"; }
        }

        /// <summary>1.</summary>
        public byte RecordType
        {
            get { return 1; }
        }

        /// <summary>1 (the codec checks its own plan and layout inside).</summary>
        public byte RecordVersion
        {
            get { return 1; }
        }

        /// <summary>The codec's bytes; -1 if they exceed the buffer.</summary>
        public int Encode(byte[] buffer)
        {
            byte[] data = _engine.CalibrationToBytes();
            if (data.Length > buffer.Length)
            {
                return -1;
            }

            System.Array.Copy(data, 0, buffer, 0, data.Length);
            return data.Length;
        }

        /// <summary>Restores the calibration; false if the codec rejects it (other plan, damaged).</summary>
        public bool Decode(byte[] buffer, int offset, int length)
        {
            byte[] data = new byte[length];
            System.Array.Copy(buffer, offset, data, 0, length);
            return _engine.CalibrationFromBytes(data);
        }
    }
}
