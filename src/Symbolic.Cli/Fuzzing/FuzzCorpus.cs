using System.Globalization;
using System.Text;

namespace Symbolic.Cli.Fuzzing;

/// <summary>
/// The generated cases of each <see cref="FuzzTarget"/>: case i of a run with seed s is a pure function of (s, target, i),
/// so a failing case is reproduced by its number. Inputs mix mutations of valid inputs, random soups of the target's
/// alphabet and the fixed hostile shapes of <see cref="AdversarialText"/>, placed into the commands that read them.
/// </summary>
public static class FuzzCorpus
{
    private const string ExpressionAlphabet = "xty0123456789.+-*/^(),eE pisnqrtacolgxbmdfhuwv_=!'\"";
    private const string SpecAlphabet = "fcresntblokdaplhmigwyu0123456789.=,()*+-/^ \"";

    private static readonly string[] Expressions =
        ["x^2 + sin(x)", "acos(t)/pi", "sqrt(1 - t^2) + t*(pi - acos(t))", "exp(log(x))", "max(x, y) - min(x, 2)",
         "erf(x)/2 + abs(y)", "(1 + x)^(1/3)", "atan(x)*tanh(y)", "2^(1/2)*8^(1/4)", "x/(x - x)"];

    private static readonly string[] Specs =
        ["fc(layers=3)", "resnet(blocks=3, alpha=0.5)", "resnet(blocks=4, gamma=1/2)", "serial(dense, relu, dense)",
         "serial(dense, residual(serial(dense, relu, dense), alpha=1/2)*3, dense(trained=false))", "fc(layers=2, act=erf)",
         "fc(layers=2, act=abrelu(a=0.1, b=1))", "serial(dense(w=2, b=0.1), leaky(slope=0.2), dense)", "fc(layers=2, act=tanh)",
         "serial(dense, phi(\"sin(z)\"), dense)", "serial(fanout(2), parallel(dense, identity), faninsum)"];

    private const string DerivationTemplate = """
        name = "fuzz"
        title = "fuzz"
        speed = "fast"

        [[step]]
        id = "a"
        do = "derive"
        arch = "fc(layers=2)"
        kernel = "ntk"
        at = [0.5]

        [[claim]]
        claim = "the value at t = 0.5"
        measured = "a_t0p5"
        expected = "1"
        tolerance = 10
        why = "fuzz"
        source = "none"
        """;

    /// <summary>Case <paramref name="index"/> of <paramref name="target"/> in the run with <paramref name="seed"/>.</summary>
    public static FuzzCase Case(FuzzTarget target, int seed, int index)
    {
        var random = new Random(HashCode.Combine(seed, (int)target, index) ^ index);
        return target switch
        {
            FuzzTarget.Expression => ExpressionCase(random),
            FuzzTarget.Architecture => ArchitectureCase(random),
            FuzzTarget.Number => NumberCase(random),
            FuzzTarget.Derivation => DerivationCase(random),
            FuzzTarget.Csv => CsvCase(random),
            FuzzTarget.Npy => NpyCase(random),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown fuzz target"),
        };
    }

    private static string Text(Random random, string[] valid, string alphabet, string atom, string open, string close) => random.Next(10) switch
    {
        < 4 => AdversarialText.Mutate(random, AdversarialText.Pick(random, valid), alphabet),
        < 7 => AdversarialText.Soup(random, alphabet),
        < 9 => AdversarialText.Shape(random, atom, open, close),
        _ => AdversarialText.Pick(random, valid),
    };

    private static FuzzCase ExpressionCase(Random random)
    {
        var text = Text(random, Expressions, ExpressionAlphabet, "x", "(", ")");
        string[] args = random.Next(4) switch
        {
            0 => ["expr", "simplify", text],
            1 => ["expr", "diff", text, "--var", random.Next(2) == 0 ? "x" : AdversarialText.Soup(random, "xyt1 ")],
            2 => ["expr", "latex", text],
            _ => ["expr", "eval", text, "--at", "x=" + Number(random), "--at", "y=0.25", "--at", "t=" + Number(random)],
        };
        return FuzzCase.Of(FuzzTarget.Expression, FuzzCase.Describe(text), args);
    }

    private static FuzzCase ArchitectureCase(Random random)
    {
        var text = Text(random, Specs, SpecAlphabet, "dense", "serial(", ")");
        string[] args = random.Next(3) switch
        {
            0 => ["derive", "--arch", text],
            1 => ["eval", "--arch", text, "--t", "0.3,-1,1"],
            _ => ["expand", "--arch", text, "--timeout", "3"],
        };
        return FuzzCase.Of(FuzzTarget.Architecture, FuzzCase.Describe(text), args);
    }

    private static FuzzCase NumberCase(Random random)
    {
        var text = random.Next(3) == 0 ? string.Join(",", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Number(random))) : Number(random);
        string[] args = random.Next(4) switch
        {
            0 => ["eval", "--arch", "fc(layers=3)", "--t", text, "--normalize"],
            1 => ["eval", "--arch", "resnet(blocks=2, alpha=" + text + ")", "--t", "0.5"],
            2 => ["spectrum", "--arch", "fc(layers=2)", "--dim", text, "--kmax", "20"],
            _ => ["mc", "--arch", "fc(layers=2)", "--width", text, "--samples", "2", "--t", "0.5"],
        };
        return FuzzCase.Of(FuzzTarget.Number, FuzzCase.Describe(text), args);
    }

    private static string Number(Random random) => random.Next(3) switch
    {
        0 => AdversarialText.HostileNumber(random),
        1 => (random.NextDouble() * 4 - 2).ToString("R", CultureInfo.InvariantCulture),
        _ => AdversarialText.Mutate(random, "0.5", "0123456789.-+eE,"),
    };

    private static FuzzCase DerivationCase(Random random)
    {
        var text = random.Next(10) switch
        {
            < 6 => AdversarialText.Mutate(random, DerivationTemplate, "[]=\"#\n .,abcdefghijklmnopqrstuvwxyz0123456789"),
            < 8 => AdversarialText.Shape(random, "1", "[", "]"),
            _ => AdversarialText.Soup(random, "[]=\"#\n .,abcdefghijklmnopqrstuvwxyz0123456789"),
        };
        var files = new Dictionary<string, byte[]> { ["d.toml"] = Encoding.UTF8.GetBytes(text) };
        return new FuzzCase(FuzzTarget.Derivation, ["run", $"{FuzzCase.FolderToken}/d.toml", "--out", $"{FuzzCase.FolderToken}/out", "--no-pdf"],
            files, FuzzCase.Describe(text));
    }

    private static FuzzCase CsvCase(Random random)
    {
        var valid = "0.1,0.2,0.3\n-1,0.5,2\n0,0,1\n";
        var text = random.Next(10) switch
        {
            < 5 => AdversarialText.Mutate(random, valid, "0123456789.,-+eE\n\r \t;nai"),
            < 7 => AdversarialText.Shape(random, "1", "1,", ""),
            < 9 => AdversarialText.Soup(random, "0123456789.,-+eE\n "),
            _ => valid,
        };
        var files = new Dictionary<string, byte[]> { ["p.csv"] = Encoding.UTF8.GetBytes(text) };
        return new FuzzCase(FuzzTarget.Csv, ["gram", "--arch", "fc(layers=2)", "--data", $"{FuzzCase.FolderToken}/p.csv", "--format", "json"],
            files, FuzzCase.Describe(text));
    }

    private static FuzzCase NpyCase(Random random)
    {
        var bytes = NpyBytes.Hostile(random);
        var files = new Dictionary<string, byte[]> { ["p.npy"] = bytes };
        var output = random.Next(2) == 0 ? [] : new[] { "--output", $"{FuzzCase.FolderToken}/k.npy" };
        return new FuzzCase(FuzzTarget.Npy, ["gram", "--arch", "fc(layers=2)", "--data", $"{FuzzCase.FolderToken}/p.npy", .. output],
            files, $"{bytes.Length} bytes: {FuzzCase.Describe(Encoding.Latin1.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 90))))}");
    }
}
