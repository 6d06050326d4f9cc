namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// Peephole fusion of a scheduled tape (over registers, before slot assignment): runs of consecutive instructions that
/// recur in kernel recursions become one instruction, so their intermediate values stay in registers instead of
/// making a store-and-reload pass over the chunk each. Per FC layer 13 sweeps become 8:
/// acos(x)·k then c₀ + c·(·) → <see cref="OpCode.AcosAffine"/>; x², c₀ + c·(·), √, k·(·) →
/// <see cref="OpCode.ScaledSqrtAffineSquare"/>; a sum then max(lo, ·), min(hi, ·) → <see cref="OpCode.ClampedSum"/>;
/// sign(x), |x|, c₀ + c·(·), H, then sign·H → <see cref="OpCode.SignedStep"/> (ResNet, 5 sweeps → 1).
/// Then a unit two-factor product read only by sums of at most four terms (by one or two of them) is computed inside
/// each: Θ·κ₀ and Σ·κ₀ feeding Θ's sum and Σ's clamped sum → <see cref="OpCode.ProductSum"/>,
/// <see cref="OpCode.ClampedProductSum"/> (fc-resnet.md §1.3; 6 sweeps per FC layer → 4).
/// An intermediate value is fused away only when the next instruction is its one reader and it is not the result;
/// the constant factors k, lo, hi must not be NaN. Every fused kernel performs the unfused operations in the same
/// order, so values are bitwise unchanged.
/// </summary>
internal static class TapeFuser
{
    /// <summary>The instructions of <paramref name="code"/> with the recognised runs fused. Registers below
    /// <paramref name="constants"/>.Count hold those constants.</summary>
    public static List<Instruction> Fuse(List<Instruction> code, IReadOnlyList<double> constants, int registers, int root)
    {
        var readers = new int[registers];
        foreach (var ins in code)
            foreach (int r in ins.Operands) readers[r]++;
        var fused = new List<Instruction>(code.Count);
        for (int i = 0; i < code.Count;)
        {
            var (instruction, length) = AcosAffine(i) ?? ScaledSqrtAffineSquare(i) ?? ClampedSum(i) ?? SignedStep(i) ?? (code[i], 1);
            fused.Add(instruction);
            i += length;
        }
        return ProductSums(fused, constants.Count, registers, root);

        // code[i]'s value is read by code[i + 1] alone.
        bool FeedsNext(int i) =>
            i + 1 < code.Count && code[i].Target != root && code[i].Target >= constants.Count && readers[code[i].Target] == 1
            && code[i + 1].Operands.Contains(code[i].Target);

        // c₀ + c·x from a one-term sum of x.
        bool Affine(Instruction ins, int x, out double c0, out double c)
        {
            (c0, c) = (ins.Immediate, ins.Op == OpCode.Sum && ins.Operands.Length == 1 ? ins.Coefficients[0] : 0);
            return ins.Op == OpCode.Sum && ins.Operands is [var only] && only == x;
        }

        // x·k or k·x, k a constant that is not NaN, from a two-factor product with coefficient 1.
        bool Scale(Instruction ins, int x, out double k) => Bound(ins, OpCode.Product, x, out k) && ins.Immediate == 1;

        // op(x, b) or op(b, x) with b a constant that is not NaN.
        bool Bound(Instruction ins, OpCode op, int x, out double b)
        {
            b = double.NaN;
            if (ins.Op != op || ins.Operands is not [var first, var second]) return false;
            int other = first == x ? second : second == x ? first : -1;
            if (other < 0 || other >= constants.Count) return false;
            b = constants[other];
            return !double.IsNaN(b);
        }

        (Instruction, int)? AcosAffine(int i)
        {
            if (code[i].Op != OpCode.Acos || !FeedsNext(i) || !FeedsNext(i + 1)) return null;
            if (!Scale(code[i + 1], code[i].Target, out double k) || !Affine(code[i + 2], code[i + 1].Target, out double c0, out double c))
                return null;
            return (new Instruction(OpCode.AcosAffine, code[i + 2].Target, [code[i].Operands[0]], [k, c], c0, null), 3);
        }

        (Instruction, int)? ScaledSqrtAffineSquare(int i)
        {
            if (code[i] is not { Op: OpCode.SmallPower, Immediate: 2 } || !FeedsNext(i) || !FeedsNext(i + 1) || !FeedsNext(i + 2)) return null;
            if (!Affine(code[i + 1], code[i].Target, out double c0, out double c)
                || code[i + 2].Op != OpCode.Sqrt || code[i + 2].Operands[0] != code[i + 1].Target
                || !Scale(code[i + 3], code[i + 2].Target, out double k))
                return null;
            return (new Instruction(OpCode.ScaledSqrtAffineSquare, code[i + 3].Target, [code[i].Operands[0]], [c, k], c0, null), 4);
        }

        (Instruction, int)? ClampedSum(int i)
        {
            if (code[i].Op != OpCode.Sum || !FeedsNext(i) || !FeedsNext(i + 1)) return null;
            if (!Bound(code[i + 1], OpCode.Max, code[i].Target, out double lo) || !Bound(code[i + 2], OpCode.Min, code[i + 1].Target, out double hi))
                return null;
            return (code[i] with { Op = OpCode.ClampedSum, Target = code[i + 2].Target, Coefficients = [.. code[i].Coefficients, lo, hi] }, 3);
        }

        // Sign(x), |x|, c₀ + c·(·), H, product, or |x|, c₀ + c·(·), H, Sign(x), product; the product in either order.
        (Instruction, int)? SignedStep(int i)
        {
            if (i + 4 >= code.Count) return null;
            int sign = code[i].Op == OpCode.Sign ? i : code[i + 3].Op == OpCode.Sign ? i + 3 : -1;
            int abs = sign == i ? i + 1 : i;
            if (sign < 0 || code[abs].Op != OpCode.Abs || code[abs + 2].Op != OpCode.Heaviside) return null;
            int x = code[abs].Operands[0];
            if (code[sign].Operands[0] != x || !Affine(code[abs + 1], code[abs].Target, out double c0, out double c)
                || code[abs + 2].Operands[0] != code[abs + 1].Target
                || code[i + 4] is not { Op: OpCode.Product, Immediate: 1, Operands: [var first, var second] })
                return null;
            int s = code[sign].Target, h = code[abs + 2].Target;
            if (!(first == s && second == h || first == h && second == s)) return null;
            foreach (int j in (int[])[sign, abs, abs + 1, abs + 2])
                if (code[j].Target == root || readers[code[j].Target] != 1) return null;
            return (new Instruction(OpCode.SignedStep, code[i + 4].Target, [x], [c, first == s ? 1 : 0], c0, null), 5);
        }
    }

    /// <summary>The largest number of terms of a fused <see cref="OpCode.ProductSum"/> (its sweep is unrolled).</summary>
    public const int MaxProductSumTerms = 4;

    // The largest number of sums one product is recomputed in.
    private const int MaxProductReaders = 2;

    // Products x·y (coefficient 1, two factors, not the result) whose every reader is a Sum or ClampedSum of at most
    // MaxProductSumTerms terms, at most MaxProductReaders of them, move into those sums as product terms.
    private static List<Instruction> ProductSums(List<Instruction> code, int constants, int registers, int root)
    {
        var readers = new int[registers];
        var sumReaders = new int[registers];
        foreach (var ins in code)
            foreach (int r in ins.Operands)
            {
                readers[r]++;
                if (ins.Op is OpCode.Sum or OpCode.ClampedSum && ins.Operands.Length <= MaxProductSumTerms)
                    sumReaders[r]++;
            }
        var factors = new Dictionary<int, int[]>();
        foreach (var ins in code)
            if (ins is { Op: OpCode.Product, Immediate: 1, Operands.Length: 2 } && ins.Target != root && ins.Target >= constants
                && readers[ins.Target] is > 0 and <= MaxProductReaders && sumReaders[ins.Target] == readers[ins.Target])
                factors[ins.Target] = ins.Operands;
        if (factors.Count == 0) return code;
        var result = new List<Instruction>(code.Count);
        foreach (var ins in code)
        {
            if (factors.ContainsKey(ins.Target)) continue;
            if (ins.Op is not (OpCode.Sum or OpCode.ClampedSum) || !ins.Operands.Any(factors.ContainsKey))
            {
                result.Add(ins);
                continue;
            }
            int n = ins.Operands.Length;
            var operands = ins.Operands.SelectMany(r => factors.TryGetValue(r, out var pair) ? pair : [r]);
            var counts = ins.Operands.Select(r => factors.ContainsKey(r) ? 2.0 : 1.0);
            result.Add(ins with
            {
                Op = ins.Op == OpCode.Sum ? OpCode.ProductSum : OpCode.ClampedProductSum,
                Operands = [.. operands],
                Coefficients = [.. ins.Coefficients.Take(n), .. counts, .. ins.Coefficients.Skip(n)],
            });
        }
        return result;
    }
}
