using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Protocol;

namespace ImpedanceMeter.Cli.Serial;

/// <summary>
/// The meter's protocol core (<see cref="SerialCommandService"/>) running behind a pseudo-terminal
/// on its own thread, polled like the device's worker loop. Any program can open
/// <see cref="DevicePath"/> as if it were the meter's USB-UART.
/// </summary>
public sealed class VirtualMeterPty : IDisposable
{
    private readonly PseudoTerminal _pty;
    private readonly Thread _thread;
    private readonly string? _linkPath;
    private volatile bool _stop;
    private Exception? _failure;

    /// <summary>The service the loop polls (touch it only from <see cref="Invoke"/> while running).</summary>
    public SerialCommandService Service { get; }

    /// <summary>The link the service writes to (after an optional decorator such as a noise injector).</summary>
    public ISerialLink Link { get; }

    /// <summary>Path to open: the symlink when one was asked for, else the pty slave (/dev/pts/N).</summary>
    public string DevicePath => _linkPath ?? _pty.SlavePath;

    /// <summary>The pty slave path itself.</summary>
    public string SlavePath => _pty.SlavePath;

    /// <param name="engine">The meter engine (simulated ports, or a fake in tests).</param>
    /// <param name="iems">The IEM library the IEM:… commands act on.</param>
    /// <param name="identity">What *IDN? reports.</param>
    /// <param name="decorate">Optional wrapper of the device's link (e.g. line-noise injection).</param>
    /// <param name="linkPath">Optional symlink to create to the slave (a stable path across restarts).</param>
    public VirtualMeterPty(IZoutEngine engine, IIemLibrary iems, DeviceIdentity identity, Func<ISerialLink, ISerialLink>? decorate = null, string? linkPath = null)
    {
        _pty = new PseudoTerminal();
        ISerialLink link = new PtyMasterLink(_pty);
        Link = decorate != null ? decorate(link) : link;
        Service = new SerialCommandService(Link, engine, iems, identity);
        if (linkPath != null)
        {
            string tmp = linkPath + ".tmp" + Environment.ProcessId;
            File.Delete(tmp);
            File.CreateSymbolicLink(tmp, _pty.SlavePath);
            File.Move(tmp, linkPath, true);
            _linkPath = linkPath;
        }

        _thread = new Thread(Loop) { IsBackground = true, Name = "virtual meter " + _pty.SlavePath };
    }

    /// <summary>Starts the worker loop.</summary>
    public VirtualMeterPty Start()
    {
        _thread.Start();
        return this;
    }

    private readonly object _gate = new();
    private Action? _pending;

    /// <summary>Runs <paramref name="action"/> on the meter's loop (like a button press) and waits for it.</summary>
    public void Invoke(Action action)
    {
        using var done = new ManualResetEventSlim();
        lock (_gate)
        {
            _pending = () => { try { action(); } finally { done.Set(); } };
        }

        if (!done.Wait(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("virtual meter loop did not run the action");
        }
    }

    private void Loop()
    {
        byte[] idle = new byte[1];
        try
        {
            while (!_stop)
            {
                Action? act;
                lock (_gate)
                {
                    act = _pending;
                    _pending = null;
                }

                act?.Invoke();
                if (!Service.Poll())
                {
                    Thread.Sleep(2);
                }
            }
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }

    /// <summary>Stops the loop (bounded wait) and rethrows anything the loop threw.</summary>
    public void Stop()
    {
        _stop = true;
        if (_thread.IsAlive && !_thread.Join(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("virtual meter loop did not stop");
        }

        if (_failure != null)
        {
            throw new InvalidOperationException("virtual meter loop failed", _failure);
        }
    }

    public void Dispose()
    {
        _stop = true;
        if (_thread.IsAlive)
        {
            _thread.Join(TimeSpan.FromSeconds(10));
        }

        _pty.Dispose();
        if (_linkPath != null && File.Exists(_linkPath) && new FileInfo(_linkPath).LinkTarget == _pty.SlavePath)
        {
            File.Delete(_linkPath);
        }
    }
}
