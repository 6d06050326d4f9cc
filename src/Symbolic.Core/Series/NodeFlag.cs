using System.Collections.Concurrent;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

/// <summary>
/// A memoized "some node below satisfies the test" predicate over the interned DAG. Iterative (deep DAGs are safe)
/// and cached by node reference for the life of the process, like the intern tables themselves.
/// </summary>
internal sealed class NodeFlag(Func<Expr, bool> test, Func<Expr, bool> prune)
{
    private readonly ConcurrentDictionary<Expr, bool> _memo = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="root"/> or a descendant satisfies the test. Nodes for which the prune
    /// predicate holds are known not to, and are not descended into.</summary>
    public bool Holds(Expr root)
    {
        if (prune(root)) return false;
        if (_memo.TryGetValue(root, out var known)) return known;
        var stack = new Stack<(Expr Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (_memo.ContainsKey(node)) continue;
            if (test(node))
            {
                _memo[node] = true;
                continue;
            }
            if (!childrenDone)
            {
                stack.Push((node, true));
                foreach (var child in node.Children)
                    if (!prune(child) && !_memo.ContainsKey(child)) stack.Push((child, false));
                continue;
            }
            bool any = false;
            foreach (var child in node.Children)
            {
                if (!prune(child) && _memo[child]) { any = true; break; }
            }
            _memo[node] = any;
        }
        return _memo[root];
    }
}
