namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Keeps the keypad and the serial link in agreement: an IEM selected with IEM:SEL becomes
    /// the app's selection (saved), a keypad pick is mirrored to the protocol, and an IEM upload
    /// or deletion refreshes the picker and saves the library record. Called only after serial
    /// work, so idle steps cost nothing.
    /// </summary>
    public sealed class SerialSync
    {
        private readonly MeterApp _app;
        private readonly AppPorts _ports;
        private readonly PersistentStore _persistent;

        /// <summary>Sync for <paramref name="app"/>.</summary>
        public SerialSync(MeterApp app, AppPorts ports, PersistentStore persistent)
        {
            _app = app;
            _ports = ports;
            _persistent = persistent;
        }

        /// <summary>Applies what a serial step changed; returns true (the step did work).</summary>
        public bool AfterSerialWork()
        {
            int remote = _ports.Serial.SelectedIem;
            if (remote >= 0 && remote != _app.View.Settings.SelectedIem)
            {
                _app.View.Settings.SelectedIem = remote;
                _app.SaveSettings();
                _app.RefreshLibrary();
            }

            if (_ports.Analyzer.IemCount != _app.View.IemCount)
            {
                _app.RefreshLibrary();
                if (_ports.Library != null)
                {
                    _persistent.Save(_ports.Library);
                    _persistent.Release();
                }
            }

            return true;
        }

        /// <summary>Mirrors the app's selection to the protocol side.</summary>
        public void MirrorSelection()
        {
            if (_ports.Serial != null)
            {
                _ports.Serial.SelectIem(_app.View.Settings.SelectedIem);
            }
        }
    }
}
