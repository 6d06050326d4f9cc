namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The monomials t^n = ∏ tᵢ^(nᵢ) in d variables of total degree |n| ≤ N, graded by degree. Each exponent vector has
/// the additive key Σᵢ nᵢ(N+1)ⁱ (key(n + m) = key(n) + key(m) while |n + m| ≤ N), and a key → index table.
/// </summary>
internal sealed class MonomialBasis
{
    /// <summary>Dense key tables up to this size (int entries); larger bases use a dictionary.</summary>
    private const long DenseLimit = 1 << 23;

    private readonly int[]? _dense;
    private readonly Dictionary<long, int>? _sparse;

    public MonomialBasis(int variables, int maxDegree)
    {
        Variables = variables;
        MaxDegree = maxDegree;
        var exponents = new List<int[]>();
        DegreeStart = new int[maxDegree + 2];
        for (var n = 0; n <= maxDegree; n++)
        {
            DegreeStart[n] = exponents.Count;
            Enumerate(new int[variables], 0, n, exponents);
        }

        DegreeStart[maxDegree + 1] = exponents.Count;
        Count = exponents.Count;
        Exponents = exponents.ToArray();
        Keys = new long[Count];
        long radix = maxDegree + 1, size = 1;
        for (var i = 0; i < variables; i++) size = size > DenseLimit ? size : size * radix;
        if (size <= DenseLimit) _dense = new int[size];
        else _sparse = new Dictionary<long, int>(Count);
        for (var m = 0; m < Count; m++)
        {
            long key = 0, place = 1;
            for (var i = 0; i < variables; i++, place *= radix) key += Exponents[m][i] * place;
            Keys[m] = key;
            if (_dense is not null) _dense[key] = m;
            else _sparse![key] = m;
        }
    }

    public int Variables { get; }

    public int MaxDegree { get; }

    public int Count { get; }

    /// <summary>Monomials of degree n occupy indices DegreeStart[n] … DegreeStart[n+1] − 1.</summary>
    public int[] DegreeStart { get; }

    public int[][] Exponents { get; }

    public long[] Keys { get; }

    /// <summary>The number C(N + d, d) of monomials of total degree ≤ N in d variables.</summary>
    public static double Size(int variables, int maxDegree)
    {
        var size = 1.0;
        for (var i = 1; i <= variables; i++) size = size * (maxDegree + i) / i;
        return size;
    }

    public int IndexOf(long key) => _dense is not null ? _dense[key] : _sparse![key];

    /// <summary>The index of the variable tᵢ (degree 1).</summary>
    public int VariableIndex(int i)
    {
        long key = 1;
        for (var j = 0; j < i; j++) key *= MaxDegree + 1;
        return IndexOf(key);
    }

    /// <summary>out[deg a + deg b block] += a[deg a block]·b[deg b block] (monomial products of two homogeneous parts).</summary>
    public void MultiplyAdd(double[] a, int degreeA, double[] b, int degreeB, double[] result)
    {
        int aStart = DegreeStart[degreeA], aEnd = DegreeStart[degreeA + 1];
        int bStart = DegreeStart[degreeB], bEnd = DegreeStart[degreeB + 1];
        for (var i = aStart; i < aEnd; i++)
        {
            var ai = a[i];
            if (ai == 0) continue;
            var ki = Keys[i];
            if (_dense is not null)
            {
                for (var j = bStart; j < bEnd; j++) result[_dense[ki + Keys[j]]] += ai * b[j];
            }
            else
            {
                for (var j = bStart; j < bEnd; j++) result[_sparse![ki + Keys[j]]] += ai * b[j];
            }
        }
    }

    private static void Enumerate(int[] current, int position, int remaining, List<int[]> output)
    {
        if (position == current.Length - 1)
        {
            current[position] = remaining;
            output.Add((int[])current.Clone());
            return;
        }

        for (var e = remaining; e >= 0; e--)
        {
            current[position] = e;
            Enumerate(current, position + 1, remaining - e, output);
        }
    }
}
