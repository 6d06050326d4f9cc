using System.Collections.Immutable;
using Symbolic.Core.Functions;

namespace Symbolic.Core.Expressions;

/// <summary>A built-in function applied to arguments, f(a₁, …, aₙ). Built through <see cref="Fn"/>.</summary>
public sealed class Call : Expr
{
    private static readonly InternTable<Call> s_table = new();

    private Call(FunctionId function, ImmutableArray<Expr> arguments, int hash)
        : base(ExprKind.Call, hash, arguments, payloadFingerprint: (ulong)function + 1)
        => Function = function;

    /// <summary>Which function.</summary>
    public FunctionId Function { get; }

    /// <summary>The function's descriptor.</summary>
    public FunctionInfo Info => BuiltIns.Get(Function);

    /// <summary>The arguments.</summary>
    public ImmutableArray<Expr> Arguments => Children;

    /// <summary>Deconstructs into function and arguments, for patterns like <c>Call(FunctionId.Acos, [var x])</c>.</summary>
    public void Deconstruct(out FunctionId function, out ImmutableArray<Expr> arguments) => (function, arguments) = (Function, Arguments);

    internal static Call Intern(FunctionId function, ImmutableArray<Expr> arguments) => s_table.GetOrAdd(new Key(function, arguments));

    private readonly struct Key(FunctionId function, ImmutableArray<Expr> arguments) : IInternKey<Call>
    {
        public int Hash => HashCode.Combine(ExprKind.Call, function, ChildList.HashOf(arguments));

        public bool Matches(Call node) => node.Function == function && ChildList.Same(node.Children, arguments);

        public Call Create(int hash) => new(function, arguments, hash);
    }
}
