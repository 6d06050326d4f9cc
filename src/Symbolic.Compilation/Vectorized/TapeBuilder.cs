using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Traversal;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// Lowers an expression of one variable to a <see cref="Tape"/>: the unique DAG nodes in post-order, one instruction
/// per non-leaf node, with the arithmetic of <see cref="Evaluator"/> (same operands, same order) so that only the
/// approximated functions can change a value. Maximal constant subexpressions are valued once by the interpreter
/// and hoisted into constant slots. The instructions are reordered by <see cref="TapeScheduler"/> to keep few values
/// alive, then slots are assigned by liveness: an operand's slot is released at its last use, before the target is
/// allocated, so the target may overwrite it (every kernel reads a lane before writing it).
/// </summary>
internal static class TapeBuilder
{
    // Half-integer exponents q = k/2 with |q| ≤ 4 are vectorised (fast mode); larger ones call Math.Pow.
    private const int MaxSmallPowerHalves = 8;

    // Operands per sum or product instruction; longer ones are chained (see Split).
    private const int MaxOperands = 8;

    private static readonly Dictionary<Symbol, double> s_noBindings = [];

    /// <summary>The tape of <paramref name="root"/> as a function of <paramref name="variable"/> (the caller checks
    /// first that no other symbol occurs; another one here is a programmer error). With <paramref name="exactFunctions"/>, every function and power except
    /// √, 1/x, |x|, sign, step, max and min runs per element through the interpreter's own scalar method. With
    /// <paramref name="fuse"/>, recurring runs of instructions are fused (<see cref="TapeFuser"/>).</summary>
    public static Tape Build(Expr root, Symbol variable, bool exactFunctions, bool fuse = true)
    {
        var constantRegisters = new Dictionary<long, int>();
        var constants = new List<double>();          // register r < constants.Count holds constants[r]
        var register = new Dictionary<Expr, int>(ExprReferenceComparer.Instance);
        var code = new List<Instruction>();           // over registers; slots are assigned afterwards
        int input = -1, next = 0;
        var order = DagWalk.PostOrder(root);
        var folds = ConstantFolding.Of(root, order);
        // Constants first, so their registers (and slots) come before every computed value.
        foreach (var (_, value) in folds) ConstantRegister(value);
        foreach (var node in order)
        {
            if (folds.TryGetValue(node, out double folded)) { register[node] = ConstantRegister(folded); continue; }
            if (node.IsConstant) continue;                                   // inside a folded constant
            if (node is Symbol symbol)
            {
                if (symbol != variable) throw new ArgumentException($"The expression depends on {symbol.Name}, not only on {variable.Name}.", nameof(root));
                register[node] = input = next++;
                continue;
            }
            int target = next++;
            register[node] = target;
            var lowered = Lower(node, target, register, exactFunctions);
            if (lowered.Op is OpCode.Sum or OpCode.Product && lowered.Operands.Length > MaxOperands) code.AddRange(Split(lowered, () => next++));
            else code.Add(lowered);
        }
        var scheduled = TapeScheduler.Order(code, next, constants.Count, register[root]);
        if (fuse) scheduled = TapeFuser.Fuse(scheduled, constants, next, register[root]);
        return Allocate(scheduled, constants, input, register[root], next);

        int ConstantRegister(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            if (constantRegisters.TryGetValue(bits, out int r)) return r;
            constants.Add(value);
            return constantRegisters[bits] = next++;
        }
    }

    private static Instruction Lower(Expr node, int target, Dictionary<Expr, int> register, bool exact)
    {
        switch (node)
        {
            case Sum s:
                var terms = new int[s.Terms.Length];
                var coefficients = new double[s.Terms.Length];
                for (int i = 0; i < terms.Length; i++) (terms[i], coefficients[i]) = (register[s.Terms[i].Body], s.Terms[i].Coefficient.ToDouble());
                return new(OpCode.Sum, target, terms, coefficients, s.Constant.ToDouble(), null);
            case Product p:
                return new(OpCode.Product, target, Registers(p.Factors, register), [], p.Coefficient.ToDouble(), null);
            case Power p:
                return LowerPower(p, target, register[p.Base], register[p.Exponent], exact);
            case Call c:
                int[] args = Registers(c.Arguments, register);
                var op = VectorOp(c.Function, exact);
                if (op is { } vector) return Instruction.Of(vector, target, args);
                return new(c.Info.Arity == 1 ? OpCode.ScalarUnary : OpCode.ScalarBinary, target, args, [], 0, c.Info.Evaluator);
            default:
                throw new System.Diagnostics.UnreachableException($"The tape builder lacks {node.Kind}.");
        }
    }

    private static int[] Registers(System.Collections.Immutable.ImmutableArray<Expr> nodes, Dictionary<Expr, int> register)
    {
        var registers = new int[nodes.Length];
        for (int i = 0; i < registers.Length; i++) registers[i] = register[nodes[i]];
        return registers;
    }

    // A sum or product of more than MaxOperands operands becomes a chain of partial instructions, each continuing
    // from the previous partial in the same left-to-right order, so its operands need not all be alive at once.
    // Bitwise unchanged: a product continues from the partial itself (coefficient 1); a sum continues as
    // 0 + 1·partial, and 0 + p = p because a partial sum is never −0 (it starts from a rational constant, and x + y
    // is −0 only when both are −0).
    private static IEnumerable<Instruction> Split(Instruction ins, Func<int> newRegister)
    {
        if (ins.Op is not (OpCode.Sum or OpCode.Product) || ins.Operands.Length <= MaxOperands)
        {
            yield return ins;
            yield break;
        }
        bool sum = ins.Op == OpCode.Sum;
        int taken = MaxOperands, partial = newRegister();
        yield return ins with { Target = partial, Operands = ins.Operands[..taken], Coefficients = sum ? ins.Coefficients[..taken] : [] };
        while (taken < ins.Operands.Length)
        {
            int count = Math.Min(MaxOperands - 1, ins.Operands.Length - taken);
            int target = taken + count == ins.Operands.Length ? ins.Target : newRegister();
            yield return ins with
            {
                Target = target,
                Operands = [partial, .. ins.Operands[taken..(taken + count)]],
                Coefficients = sum ? [1, .. ins.Coefficients[taken..(taken + count)]] : [],
                Immediate = sum ? 0 : 1,
            };
            (partial, taken) = (target, taken + count);
        }
    }

    // Evaluator.PowerOf: ½ → √b, −1 → 1/b, otherwise Math.Pow(b, e).
    private static Instruction LowerPower(Power p, int target, int b, int e, bool exact)
    {
        if (p.Exponent is Number { Value: var r })
        {
            if (r == Rational.Half) return Instruction.Of(OpCode.Sqrt, target, b);
            if (r == Rational.MinusOne) return Instruction.Of(OpCode.Reciprocal, target, b);
            var halves = r * 2;
            if (!exact && halves.IsInteger && BigIntegerAbs(halves) <= MaxSmallPowerHalves)
                return new(OpCode.SmallPower, target, [b], [], r.ToDouble(), null);
        }
        if (p.Exponent.IsConstant)
            return new(OpCode.ScalarPowerConstant, target, [b], [], Evaluator.Evaluate(p.Exponent, s_noBindings), null);
        return Instruction.Of(OpCode.ScalarPower, target, b, e);
    }

    private static int BigIntegerAbs(Rational integer) =>
        (int)System.Numerics.BigInteger.Min(System.Numerics.BigInteger.Abs(integer.Numerator), int.MaxValue);

    // The lane-wise opcode of a built-in, or null for a per-element scalar call. Abs, sign, step, max and min are
    // exact in both modes; the others approximate and are used only in fast mode.
    private static OpCode? VectorOp(FunctionId function, bool exact) => function switch
    {
        FunctionId.Abs => OpCode.Abs,
        FunctionId.Sign => OpCode.Sign,
        FunctionId.Heaviside => OpCode.Heaviside,
        FunctionId.Max => OpCode.Max,
        FunctionId.Min => OpCode.Min,
        _ when exact => null,
        FunctionId.Acos => OpCode.Acos,
        FunctionId.Asin => OpCode.Asin,
        FunctionId.Atan => OpCode.Atan,
        FunctionId.Exp => OpCode.Exp,
        FunctionId.Log => OpCode.Log,
        FunctionId.Sin => OpCode.Sin,
        FunctionId.Cos => OpCode.Cos,
        _ => null,
    };

    // Registers → slots. Constant registers keep their slots; the input and every computed register release theirs
    // after the last instruction reading them (the root never).
    private static Tape Allocate(List<Instruction> code, List<double> constants, int input, int output, int registers)
    {
        var lastUse = new int[registers];
        Array.Fill(lastUse, -1);
        for (int i = 0; i < code.Count; i++)
            foreach (int r in code[i].Operands) lastUse[r] = i;
        if (output >= constants.Count) lastUse[output] = int.MaxValue;

        var slot = new int[registers];
        var free = new Stack<int>();
        int slots = 0;
        var used = new List<(int Slot, double Value)>();
        for (int r = 0; r < constants.Count; r++)
            if (lastUse[r] >= 0 || r == output) used.Add((slot[r] = slots++, constants[r]));
        if (input >= 0) slot[input] = slots++;
        var lowered = new Instruction[code.Count];
        for (int i = 0; i < code.Count; i++)
        {
            var ins = code[i];
            foreach (int r in Instruction.DistinctOperands(ins.Operands))
                if (r >= constants.Count && lastUse[r] == i) free.Push(slot[r]);
            slot[ins.Target] = free.Count > 0 ? free.Pop() : slots++;
            var operands = new int[ins.Operands.Length];
            for (int k = 0; k < operands.Length; k++) operands[k] = slot[ins.Operands[k]];
            lowered[i] = ins with { Target = slot[ins.Target], Operands = operands };
        }
        return new Tape(lowered, slots, input >= 0 ? slot[input] : -1, slot[output], [.. used]);
    }
}
