using System.Collections.Frozen;
using Symbolic.Core.Algebra;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Text.Syntax;

namespace Symbolic.Text.Binding;

/// <summary>
/// Maps syntax to expressions through the canonical constructors (<see cref="Algebra"/>, <see cref="Fn.TryApply"/>),
/// so the result is interned and canonical. Chains <c>a ± b ± …</c> and <c>a */ b */ …</c> are bound as one n-ary
/// <see cref="Algebra.Add"/>/<see cref="Algebra.Multiply"/> (iteratively: no recursion along left spines, and no
/// quadratic re-canonicalisation of long sums); a sign inside a product chain contributes a factor −1 to the whole
/// product, so <c>-(a + b)/c</c> reads back as −1·(a + b)·c⁻¹ exactly as printers write it.
/// </summary>
public static partial class Binder
{
    private static readonly FrozenSet<string> s_functionNames =
        Fn.KnownNames.Append(FloatFunction).ToFrozenSet(StringComparer.Ordinal);

    private static readonly string s_knownList = string.Join(", ", s_functionNames.Order(StringComparer.Ordinal));

    private const string FloatFunction = "float";

    /// <summary>Binds an expression document (<c>expr [where …]</c>); syntax errors are returned unchanged.</summary>
    public static ParseResult Bind(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (!tree.Diagnostics.IsEmpty) return new ParseResult(tree, null, tree.Diagnostics);
        var session = new Session(tree.Text);
        Expr? value = tree.Root.Expression is { } expression
            ? session.BindDefinitionsThen(tree.Root, () => session.BindExpression(expression))
            : session.Reject(tree.Root.Span, "expected an expression, found definitions 'name = …' (read them with ParseDefinitions)");
        return session.Error is { } error ? new ParseResult(tree, null, [error]) : new ParseResult(tree, value, []);
    }

    /// <summary>Binds a definitions document (<c>Name = expr … [where …]</c>), the roots in their written order.</summary>
    public static DefinitionsParseResult BindDefinitions(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (!tree.Diagnostics.IsEmpty) return new DefinitionsParseResult(tree, [], tree.Diagnostics);
        var session = new Session(tree.Text);
        if (tree.Root.Expression is not null)
            session.Reject(tree.Root.Expression.Span, "expected definitions 'name = expression', found an expression");
        else
            session.BindDefinitionsThen(tree.Root, () => Number.Zero);
        if (session.Error is { } error) return new DefinitionsParseResult(tree, [], [error]);
        return new DefinitionsParseResult(tree, [.. tree.Root.Roots.Select(r => (r.Name.Text, session.Defined(r.Name.Text)))], []);
    }

    /// <summary>One binding pass. Stops at the first error: every Bind method returns null once <see cref="Error"/> is set.</summary>
    private sealed partial class Session(string text)
    {
        private readonly Dictionary<string, Expr> _definitions = new(StringComparer.Ordinal);

        public Diagnostic? Error { get; private set; }

        public Expr Defined(string name) => _definitions[name];

        public Expr? Reject(TextSpan span, string message) => Fail(span, message);

        public Expr? BindExpression(SyntaxNode expression) => Bind(expression);

        /// <summary>Binds every root and <c>where</c> definition in dependency order, then runs <paramref name="then"/>.</summary>
        public Expr? BindDefinitionsThen(DocumentSyntax document, Func<Expr?> then)
        {
            var all = document.Roots.AddRange(document.Definitions);
            var order = DependencyOrder(all);
            if (order is null) return null;
            foreach (var definition in order)
            {
                var value = Bind(definition.Value);
                if (value is null) return null;
                _definitions[definition.Name.Text] = value;
            }
            return then();
        }

        private Expr? Bind(SyntaxNode node) => node switch
        {
            LiteralSyntax literal => BindLiteral(literal.Number),
            NameSyntax name => BindName(name.Identifier),
            ParenthesizedSyntax parenthesized => Bind(parenthesized.Expression),
            UnarySyntax unary => BindUnary(unary),
            BinarySyntax { Operator.Kind: TokenKind.Plus or TokenKind.Minus } sum => BindSumChain(sum),
            BinarySyntax { Operator.Kind: TokenKind.Star or TokenKind.Slash } product => BindProductChain(product),
            BinarySyntax power => BindPower(power),
            CallSyntax call => BindCall(call),
            ErrorSyntax error => Fail(error.Span, "invalid expression"),
            _ => throw new System.Diagnostics.UnreachableException($"Binder lacks {node.GetType().Name}."),
        };

        private Expr? BindUnary(UnarySyntax unary)
        {
            var operand = Bind(unary.Operand);
            if (operand is null) return null;
            return unary.Operator.Kind == TokenKind.Minus ? Construct(unary, () => Algebra.Negate(operand)) : operand;
        }

        /// <summary>a ± b ± c …: walks the left spine iteratively and adds all terms at once.</summary>
        private Expr? BindSumChain(BinarySyntax chain)
        {
            var operands = new List<(bool Negated, SyntaxNode Node)>();
            SyntaxNode node = chain;
            while (node is BinarySyntax { Operator.Kind: TokenKind.Plus or TokenKind.Minus } binary)
            {
                operands.Add((binary.Operator.Kind == TokenKind.Minus, binary.Right));
                node = binary.Left;
            }
            operands.Add((false, node));
            var terms = new Expr[operands.Count];
            for (int i = 0; i < operands.Count; i++)
            {
                var (negated, operand) = operands[operands.Count - 1 - i];
                var term = Bind(operand);
                if (term is null) return null;
                terms[i] = negated ? Construct(operand, () => Algebra.Negate(term)) ?? term : term;
                if (Error is not null) return null;
            }
            return Construct(chain, () => Algebra.Add(terms));
        }

        /// <summary>a */ b */ c …: one n-ary product; signs of the operands become factors −1 of the whole product.</summary>
        private Expr? BindProductChain(BinarySyntax chain)
        {
            var operands = new List<(bool Divided, SyntaxNode Node)>();
            SyntaxNode node = chain;
            while (node is BinarySyntax { Operator.Kind: TokenKind.Star or TokenKind.Slash } binary)
            {
                operands.Add((binary.Operator.Kind == TokenKind.Slash, binary.Right));
                node = binary.Left;
            }
            operands.Add((false, node));
            var factors = new List<Expr>(operands.Count + 1);
            for (int i = operands.Count - 1; i >= 0; i--)
            {
                var (divided, operand) = operands[i];
                bool negative = false;
                while (operand is UnarySyntax unary)
                {
                    negative ^= unary.Operator.Kind == TokenKind.Minus;
                    operand = unary.Operand;
                }
                var factor = Bind(operand);
                if (factor is null) return null;
                if (divided) factor = Construct(operand, () => Algebra.Pow(factor, Number.MinusOne));
                if (factor is null) return null;
                factors.Add(factor);
                if (negative) factors.Add(Number.MinusOne);
            }
            return Construct(chain, () => Algebra.Multiply([.. factors]));
        }

        private Expr? BindPower(BinarySyntax power)
        {
            var @base = Bind(power.Left);
            if (@base is null) return null;
            var exponent = Bind(power.Right);
            if (exponent is null) return null;
            return Construct(power, () => Algebra.Pow(@base, exponent));
        }

        private Expr? BindLiteral(Token number)
        {
            if (number.Text.Length > ExprParser.MaxLiteralLength)
                return Fail(number.Span, $"numeric literal too long ({number.Text.Length} characters; at most {ExprParser.MaxLiteralLength})");
            return Rational.TryParseDecimal(number.Text, out var value)
                ? Number.Of(value)
                : Fail(number.Span, $"numeric literal {number.Describe()} is out of range (decimal exponents are limited to ±4096)");
        }

        private Expr? Fail(TextSpan span, string message)
        {
            Error ??= Diagnostic.At(text, span, message);
            return null;
        }

        /// <summary>Runs a canonical constructor. Float arithmetic that overflows (float(1e300)*float(1e300)) makes
        /// Core refuse the non-finite result; that is the user's input, so it becomes a diagnostic.</summary>
        private Expr? Construct(SyntaxNode at, Func<Expr> build)
        {
            try
            {
                return build();
            }
            catch (Exception ex) when (ex is ArgumentOutOfRangeException or ArithmeticException)
            {
                return Fail(at.Span, $"floating-point overflow: the result is not a finite number ({ex.GetType().Name})");
            }
        }
    }
}
