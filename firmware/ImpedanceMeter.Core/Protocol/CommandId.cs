namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>Every command of protocol 1.x; the value is the row in <see cref="CommandTable"/>.</summary>
    public enum CommandId
    {
        /// <summary>*IDN? identification.</summary>
        Idn = 0,
        /// <summary>*RST: settings to defaults.</summary>
        Rst,
        /// <summary>*CLS: clear the error queue.</summary>
        Cls,
        /// <summary>SYST:VERS? protocol version.</summary>
        SystVers,
        /// <summary>SYST:ERR? oldest error.</summary>
        SystErr,
        /// <summary>SYST:SEQ? last sequence number sent.</summary>
        SystSeq,
        /// <summary>SYST:HELP? usage of every command.</summary>
        SystHelp,
        /// <summary>MEAS:ZOUT? one leg at one frequency.</summary>
        MeasZout,
        /// <summary>MEAS:SWEEP? every leg, every frequency, model fit.</summary>
        MeasSweep,
        /// <summary>MEAS:CONT continuous spot readings.</summary>
        MeasCont,
        /// <summary>CAL:OPEN standard.</summary>
        CalOpen,
        /// <summary>CAL:SHORT standard.</summary>
        CalShort,
        /// <summary>CAL:LOAD standard.</summary>
        CalLoad,
        /// <summary>CAL:STAT? calibration status.</summary>
        CalStat,
        /// <summary>CAL:CLEAR forget calibration.</summary>
        CalClear,
        /// <summary>IEM:LIST? names in the library.</summary>
        IemList,
        /// <summary>IEM:SEL choose the IEM.</summary>
        IemSel,
        /// <summary>IEM:SEL? the chosen IEM.</summary>
        IemSelQuery,
        /// <summary>IEM:ADD start an upload.</summary>
        IemAdd,
        /// <summary>IEM:PT one point of an upload.</summary>
        IemPt,
        /// <summary>IEM:END commit an upload.</summary>
        IemEnd,
        /// <summary>IEM:ABORT drop an upload.</summary>
        IemAbort,
        /// <summary>IEM:DEL delete a curve.</summary>
        IemDel,
        /// <summary>IEM:GET? read a curve back.</summary>
        IemGet,
        /// <summary>CAPT? raw capture of the last measurement.</summary>
        Capt,
        /// <summary>CONF:JACK set the jack.</summary>
        ConfJack,
        /// <summary>CONF:JACK? the jack.</summary>
        ConfJackQuery,
        /// <summary>CONF:FREQ set the spot frequency.</summary>
        ConfFreq,
        /// <summary>CONF:FREQ? the spot frequency.</summary>
        ConfFreqQuery,
        /// <summary>CONF:SRC set the source name.</summary>
        ConfSrc,
        /// <summary>CONF:SRC? the source name.</summary>
        ConfSrcQuery,
        /// <summary>CONF:STREAM result streaming on or off.</summary>
        ConfStream,
        /// <summary>CONF:STREAM? streaming state.</summary>
        ConfStreamQuery,
        /// <summary>DIAG:STREAM? scheme (c) clock check.</summary>
        DiagStream,
    }
}
