namespace Symbolic.Text.Tests.Support;

/// <summary>Runs code on a thread with a small stack, so a test fails loudly if recursion depth grows with DAG depth.</summary>
internal static class StackLimited
{
    /// <summary>Runs <paramref name="action"/> on a thread with <paramref name="stackBytes"/> of stack and returns its result.</summary>
    public static T Run<T>(Func<T> action, int stackBytes = 256 * 1024)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = action(); }
            catch (Exception ex) { failure = ex; }
        }, stackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("Stack-limited action failed.", failure);
        return result;
    }
}
