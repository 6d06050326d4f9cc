using System.Collections.Concurrent;
using System.Collections.Immutable;
using Symbolic.Core.Functions;

namespace Symbolic.Core.Expressions;

/// <summary>A built-in function applied to arguments, f(a₁, …, aₙ). Built through <see cref="Fn"/>.</summary>
public sealed class Call : Expr
{
    private static readonly ConcurrentDictionary<Key, Call> s_table = new();

    private Call(FunctionId function, EquatableArray<Expr> arguments)
        : base(ExprKind.Call, HashCode.Combine(ExprKind.Call, function, arguments), arguments.Items,
            payloadFingerprint: (ulong)function + 1)
        => Function = function;

    /// <summary>Which function.</summary>
    public FunctionId Function { get; }

    /// <summary>The function's descriptor.</summary>
    public FunctionInfo Info => BuiltIns.Get(Function);

    /// <summary>The arguments.</summary>
    public ImmutableArray<Expr> Arguments => Children;

    /// <summary>Deconstructs into function and arguments, for patterns like <c>Call(FunctionId.Acos, [var x])</c>.</summary>
    public void Deconstruct(out FunctionId function, out ImmutableArray<Expr> arguments) => (function, arguments) = (Function, Arguments);

    internal static Call Intern(FunctionId function, ImmutableArray<Expr> arguments) =>
        s_table.GetOrAdd(new Key(function, new EquatableArray<Expr>(arguments)), static k => new Call(k.Function, k.Arguments));

    private readonly record struct Key(FunctionId Function, EquatableArray<Expr> Arguments);
}
