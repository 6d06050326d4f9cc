using System.Globalization;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Text.Syntax;

namespace Symbolic.Text.Binding;

public static partial class Binder
{
    private sealed partial class Session
    {
        /// <summary>A name: a <c>where</c> definition, a constant (<c>pi</c>, <c>π</c>, <c>e</c>), or a symbol.</summary>
        private Expr? BindName(Token identifier)
        {
            string name = identifier.Text;
            if (_definitions.TryGetValue(name, out var defined)) return defined;
            if (name is "pi" or "π") return Constant.Pi;
            if (name == "e") return Constant.E;
            if (s_functionNames.Contains(name)) return Fail(identifier.Span, $"'{name}' is a function: write {name}(…)");
            if (IsNonFiniteWord(name))
                return Fail(identifier.Span, $"{identifier.Describe()} is not a number: expressions hold exact or finite values only");
            if (name.Length > ExprParser.MaxIdentifierLength)
                return Fail(identifier.Span, $"identifier too long ({name.Length} characters; at most {ExprParser.MaxIdentifierLength})");
            return Symbol.Of(name);
        }

        /// <summary>Why <paramref name="name"/> cannot be defined in a <c>where</c> list, or null when it can.</summary>
        private static string? CheckDefinableName(Token name) => name.Text switch
        {
            "pi" or "π" or "e" => $"cannot define {name.Describe()}: it is a constant",
            var n when s_functionNames.Contains(n) => $"cannot define {name.Describe()}: it is a function",
            var n when IsNonFiniteWord(n) => $"cannot define {name.Describe()}: it reads as a non-finite number",
            var n when n.Length > ExprParser.MaxIdentifierLength => $"identifier too long ({n.Length} characters; at most {ExprParser.MaxIdentifierLength})",
            _ => null,
        };

        private static bool IsNonFiniteWord(string name) =>
            name.Equals("nan", StringComparison.OrdinalIgnoreCase) || name.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || name.Equals("infinity", StringComparison.OrdinalIgnoreCase);

        /// <summary>f(a, …) for a built-in or alias; <c>float(…)</c> makes an explicit approximate constant.</summary>
        private Expr? BindCall(CallSyntax call)
        {
            string name = call.Name.Text;
            if (name == FloatFunction) return BindFloat(call);
            if (!s_functionNames.Contains(name))
                return Fail(call.Name.Span, $"unknown function {call.Name.Describe()} (known: {s_knownList})");
            var arguments = new Expr[call.Arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                var argument = Bind(call.Arguments[i]);
                if (argument is null) return null;
                arguments[i] = argument;
            }
            // Arity was the only thing left to check: the name is known. Function construction does no arithmetic.
            return Fn.TryApply(name, arguments, out var result, out var error) ? result : Fail(call.Span, error!);
        }

        /// <summary>
        /// <c>float(literal)</c> is the double nearest the literal (so the "R" round-trip format of a double reads back
        /// bit for bit); <c>float(expr)</c> of any other constant expression is its double value. Non-finite is an error.
        /// </summary>
        private Expr? BindFloat(CallSyntax call)
        {
            if (call.Arguments.Length != 1) return Fail(call.Span, $"float takes 1 argument, got {call.Arguments.Length}");
            var argument = call.Arguments[0];
            double sign = 1;
            var inner = argument;
            while (inner is UnarySyntax unary)
            {
                if (unary.Operator.Kind == TokenKind.Minus) sign = -sign;
                inner = unary.Operand;
            }
            double value;
            if (inner is LiteralSyntax literal)
            {
                if (literal.Number.Text.Length > ExprParser.MaxLiteralLength || !double.TryParse(
                        literal.Number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                    return Fail(literal.Span, $"numeric literal {literal.Number.Describe()} is not a valid double");
                value *= sign;
            }
            else
            {
                var bound = Bind(argument);
                if (bound is null) return null;
                if (!bound.IsConstant) return Fail(argument.Span, "float(…) needs a constant argument (no symbols)");
                value = Evaluator.Evaluate(bound, new Dictionary<Symbol, double>());
            }
            return double.IsFinite(value)
                ? Float.Of(value)
                : Fail(argument.Span, $"float(…) is not a finite number ({value.ToString(CultureInfo.InvariantCulture)})");
        }
    }
}
