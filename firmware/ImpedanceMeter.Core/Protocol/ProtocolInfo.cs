namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>Version and size limits of the serial protocol (docs/protocol.md).</summary>
    public static class ProtocolInfo
    {
        /// <summary>Protocol version reported by SYST:VERS? ("major.minor"; a major change breaks loggers).</summary>
        public const string Version = "1.0";

        /// <summary>Longest command line the meter accepts, in bytes, without the CR/LF terminator.</summary>
        public const int MaxCommandLength = 128;

        /// <summary>
        /// Longest line the meter sends, in bytes, including checksum and CR/LF: room for a
        /// 250-character capture-file line (docs/capture-format.md) plus "*XXXXXXXX\r\n".
        /// </summary>
        public const int MaxOutputLength = 264;

        /// <summary>Most tokens (header plus parameters) in one command.</summary>
        public const int MaxTokens = 8;

        /// <summary>Longest source or IEM name, in characters.</summary>
        public const int MaxNameLength = 24;

        /// <summary>Most points in one IEM curve transferred with IEM:ADD / IEM:PT (the library's limit).</summary>
        public const int MaxCurvePoints = 64;

        /// <summary>Longest IEM name, in characters (the library's limit).</summary>
        public const int MaxIemNameLength = 32;
    }
}
