using System.Runtime.InteropServices;

namespace Symbolic.Cli;

/// <summary>
/// Ctrl-C and SIGTERM as cancellation: the first signal cancels <see cref="Token"/> instead of killing the process, so long
/// commands stop at their next check, every output file being written is abandoned (its temporary file deleted, the
/// previous file untouched — see <see cref="Files.AtomicFile"/>), and the command line prints what had finished before exit
/// code <see cref="ExitCodes.Interrupted"/>. A second signal terminates at once, as usual.
/// </summary>
/// <remarks>
/// Commands read the token of the current invocation through <see cref="Current"/> (flowing with the call, so in-process
/// tests may run several invocations) and record finished work with <see cref="Finished"/>.
/// </remarks>
public sealed class Interruption : IDisposable
{
    private static readonly AsyncLocal<Interruption?> Ambient = new();
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly List<string> _finished = [];
    private int _signals;

    /// <summary>The interruption of the running invocation (a never-cancelled one outside <see cref="CliApp.Run"/>).</summary>
    public static Interruption Current => Ambient.Value ?? None;

    private static Interruption None { get; } = new();

    /// <summary>Cancelled by the first SIGINT/SIGTERM (or by <see cref="Cancel"/>).</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>What finished before the interruption, in order.</summary>
    public IReadOnlyList<string> FinishedWork
    {
        get
        {
            lock (_finished) return [.. _finished];
        }
    }

    /// <summary>Listens for SIGINT and SIGTERM (the process entry point does this once).</summary>
    public static Interruption ListenForSignals()
    {
        var interruption = new Interruption();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            interruption._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                if (Interlocked.Increment(ref interruption._signals) > 1) return; // second signal: default action
                context.Cancel = true;
                interruption.Cancel();
            }));
        return interruption;
    }

    /// <summary>Makes this the <see cref="Current"/> interruption for the calling flow.</summary>
    internal void Enter() => Ambient.Value = this;

    /// <summary>Cancels <see cref="Token"/>.</summary>
    public void Cancel() => _source.Cancel();

    /// <summary>Records a finished piece of work, printed if the command is interrupted later.</summary>
    public static void Finished(string what)
    {
        var current = Current;
        lock (current._finished) current._finished.Add(what);
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> once interrupted.</summary>
    public static void ThrowIfInterrupted() => Current.Token.ThrowIfCancellationRequested();

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
