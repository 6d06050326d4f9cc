using System.CommandLine;
using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Specs;

namespace Symbolic.Cli.Commands;

/// <summary>The options of the kernel commands (<c>derive</c>, <c>eval</c>, <c>expand</c>, <c>spectrum</c>) and
/// the shared step of turning <c>--arch</c> text into a derivation.</summary>
public static class KernelOptions
{
    /// <summary><c>--arch SPEC</c>.</summary>
    public static Option<string> Arch(bool required = true) => new("--arch", "-a")
    {
        Description = "The architecture: a preset such as fc(layers=3, act=relu, bias=0), resnet(blocks=10, alpha=0.5), " +
                      "resnet(blocks=10, gamma=1), or a composition such as " +
                      "serial(dense, relu, residual(serial(dense, relu, dense), alpha=0.5)*3, dense). See the README.",
        Required = required,
    };

    /// <summary><c>--kernel nngp|ntk|both</c> with the given default.</summary>
    public static Option<string> Kernel(string defaultValue, bool allowBoth = true)
    {
        var option = new Option<string>("--kernel", "-k")
        {
            Description = allowBoth ? "Which kernel: nngp, ntk or both." : "Which kernel: nngp or ntk.",
            DefaultValueFactory = _ => defaultValue,
        };
        if (allowBoth) option.AcceptOnlyFromAmong("nngp", "ntk", "both");
        else option.AcceptOnlyFromAmong("nngp", "ntk");
        return option;
    }

    /// <summary><c>--normalize</c>: divide by the value at t = 1 so K(x, x) = 1.</summary>
    public static Option<bool> Normalize() => new("--normalize", "-n")
    {
        Description = "Divide by the value at t = 1 (K(t)/sqrt(K(x,x)K(z,z))), so that K(x, x) = 1.",
    };

    /// <summary>The kernels the <c>--kernel</c> word selects.</summary>
    public static KernelKind[] Kinds(string? word) => word switch
    {
        "nngp" => [KernelKind.Nngp],
        "ntk" => [KernelKind.Ntk],
        _ => [KernelKind.Nngp, KernelKind.Ntk],
    };

    /// <summary>Parses <paramref name="spec"/> and derives its kernels, or throws a one-line <see cref="UserError"/>.</summary>
    public static (KernelDerivation Derivation, string Description) Derive(string spec)
    {
        var (layer, description) = Parse(spec);
        try
        {
            return (KernelDerivation.Derive(layer), description);
        }
        catch (ArchitectureException e)
        {
            throw new UserError($"--arch: {e.Message}");
        }
    }

    /// <summary>Parses <paramref name="spec"/> into layers without deriving, or throws a one-line <see cref="UserError"/>.</summary>
    public static (Layer Architecture, string Description) Parse(string spec)
    {
        var parsed = ArchitectureParser.Parse(spec);
        if (!parsed.IsSuccess || parsed.Value is null)
            throw new UserError($"--arch: {parsed.Error ?? "could not parse the architecture"}");
        return (parsed.Value, parsed.Description);
    }

    /// <summary>The JSON/--kernel name of a kernel kind.</summary>
    public static string Name(KernelKind kind) => kind == KernelKind.Nngp ? "nngp" : "ntk";
}
