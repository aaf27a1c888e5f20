using System.Diagnostics;

namespace StanceTracker.Bench;

/// <summary>Pins this process to its first core until disposed (Linux and Windows; elsewhere the OS schedules freely and the report says so).</summary>
public sealed class OneCore : IDisposable
{
    private readonly nint _previous;

    private OneCore(nint previous) => _previous = previous;

    public static IDisposable Pin()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            Console.Error.WriteLine("bench: cannot pin to one core on this OS; extraction figures use one thread only");
            return new OneCore(0);
        }
        var process = Process.GetCurrentProcess();
        var previous = process.ProcessorAffinity;
        process.ProcessorAffinity = 1;
        return new OneCore(previous);
    }

    public void Dispose()
    {
        if (_previous != 0 && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
            Process.GetCurrentProcess().ProcessorAffinity = _previous;
    }
}
