using System.Diagnostics;

namespace Symbolic.Cli.Tests.Robustness;

/// <summary>
/// Issue #9, resource guards found by `symbolic fuzz`: work that would run for minutes or echo megabytes is stopped up
/// front or by a budget, with the limit named and how to raise it.
/// </summary>
public sealed class ResourceGuardTests
{
    /// <summary>α = 4^(−1/21) puts 21st roots of 2 into every exact coefficient: the expansion took 6.5 minutes before
    /// the budget existed. It now stops at --timeout with a message naming the budget.</summary>
    [Fact]
    public void An_exploding_exact_expansion_stops_at_its_time_budget()
    {
        var clock = Stopwatch.StartNew();
        var (exit, _, stderr) = CliRunner.Run("expand", "--arch", "resnet(blocks=4, gamma=1/21)", "--timeout", "0.5");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("time budget of 0.5 s", stderr);
        Assert.Contains("--timeout", stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    /// <summary>Removing the range guards of a depth-2000 ResNet flattens its skip sums into O(L²) terms (a minute and
    /// gigabytes before the budget covered it): the budget now stops that step too.</summary>
    [Fact]
    public void Removing_the_guards_of_a_deep_resnet_stops_at_the_time_budget()
    {
        var clock = Stopwatch.StartNew();
        var (exit, _, stderr) = CliRunner.Run("expand", "--arch", "resnet(blocks=2000, alpha=0.5)", "--timeout", "1");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("time budget of 1 s", stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    /// <summary>spectrum's prediction reports an expansion past its budget instead of failing the command (the
    /// eigenvalues are printed without it); the expansion at −1 is not tried after the one at 1 failed.</summary>
    [Fact]
    public void The_prediction_reports_an_expansion_past_its_budget()
    {
        var (derivation, _) = Symbolic.Cli.Commands.KernelOptions.Derive("resnet(blocks=2000, alpha=0.5)");
        var clock = Stopwatch.StartNew();
        bool ok = Symbolic.Cli.Commands.EndpointExpansion.TrySingularity(derivation, Symbolic.Kernels.KernelKind.Ntk, true,
            Symbolic.Core.Numbers.Rational.Of(3), TimeSpan.FromSeconds(0.5), out var singularity, out var error);
        Assert.False(ok);
        Assert.Null(singularity);
        Assert.StartsWith("expansion at t = 1 failed: The expansion exceeded its time budget of 0.5 s", error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    /// <summary>A closed form too large to print is summarised in its guarded form instead of being flattened first
    /// (resnet(blocks=2000): over a minute before).</summary>
    [Fact]
    public void Derive_summarises_a_deep_resnet_without_flattening_it()
    {
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = CliRunner.Run("derive", "--arch", "resnet(blocks=2000, alpha=0.5)", "--kernel", "ntk");
        Assert.True(exit == 0, stderr);
        Assert.Contains("unique nodes (pass --full to print it)", stdout);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_expansion_budget_itself_is_validated()
    {
        var (exit, _, stderr) = CliRunner.Run("expand", "--arch", "fc(layers=2)", "--timeout", "0");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.StartsWith("error: --timeout: expected 0.1 to 86400 seconds, got 0", stderr);
    }

    /// <summary>A 10⁶-digit literal is refused by length (exact decimal parsing is superlinear) and never echoed whole.</summary>
    [Fact]
    public void Huge_literals_are_refused_by_length_and_not_echoed()
    {
        var (exit, _, stderr) = CliRunner.Run("derive", "--arch", new string('9', 1_000_000));
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("a number literal of 1000000 characters is longer than the 400 accepted", stderr);
        Assert.True(stderr.Length < 500, $"stderr has {stderr.Length} characters");
        var layer = CliRunner.Run("derive", "--arch", "serial(dense, " + new string('x', 100_000) + ")");
        Assert.Equal(ExitCodes.UserError, layer.Exit);
        Assert.True(layer.Err.Length < 500, $"stderr has {layer.Err.Length} characters");
    }

    /// <summary>Every error line is capped, whatever command echoes the input (here --t and an unknown option).</summary>
    [Fact]
    public void Error_lines_are_capped_whatever_echoes_the_input()
    {
        var t = CliRunner.Run("eval", "--arch", "fc(layers=2)", "--t", new string('9', 100_000));
        Assert.Equal(ExitCodes.UserError, t.Exit);
        Assert.True(t.Err.Length <= CliApp.MaxErrorLength + 20, $"stderr has {t.Err.Length} characters");
        var option = CliRunner.Run("eval", "--" + new string('y', 100_000));
        Assert.Equal(ExitCodes.UserError, option.Exit);
        Assert.All(option.Err.Split('\n'), line => Assert.True(line.Length <= CliApp.MaxErrorLength + 20));
    }
}
