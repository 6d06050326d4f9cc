using System.Text.Json;
using Symbolic.Spectral.Decay;
using Symbolic.Spectral.Sphere;

namespace Symbolic.Spectral.Tests;

public sealed class SpectrumReportTests
{
    [Fact]
    public void Report_serialises_to_the_documented_json_shape()
    {
        var spectrum = MercerSpectrum.OnSphere(ReluKernels.TwoLayerNtk, 3, 30);
        var c = -ReluKernels.SqrtTwoOverPi;
        var report = SpectrumReport.Create(spectrum, DecayPrediction.Create(3, 0.5, c, c));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report));
        var root = json.RootElement;

        Assert.Equal(3, root.GetProperty("dim").GetInt32());
        var first = root.GetProperty("eigenvalues")[0];
        Assert.Equal(0, first.GetProperty("k").GetInt32());
        Assert.Equal(0.5, first.GetProperty("mu").GetDouble(), 12);
        Assert.Equal(1, first.GetProperty("multiplicity").GetDouble());
        Assert.Equal(31, root.GetProperty("eigenvalues").GetArrayLength());

        var asymptotics = root.GetProperty("asymptotics");
        Assert.Equal(0.5, asymptotics.GetProperty("nu").GetDouble());
        Assert.Equal(c, asymptotics.GetProperty("c1").GetDouble());
        Assert.Equal(c, asymptotics.GetProperty("cminus1").GetDouble());
        Assert.Equal(-3, asymptotics.GetProperty("exponent").GetDouble());
        Assert.Equal(1 / Math.PI, asymptotics.GetProperty("even_constant").GetDouble(), 14); // 2^(d−1)Γ(d/2)²/π²
        Assert.Equal(0, asymptotics.GetProperty("odd_constant").GetDouble());
        Assert.True(asymptotics.GetProperty("odd_decays_faster").GetBoolean());

        var fit = root.GetProperty("fit");
        Assert.Equal(10, fit.GetProperty("kmin").GetInt32());
        Assert.Equal(30, fit.GetProperty("kmax").GetInt32());
        Assert.Equal(JsonValueKind.Number, fit.GetProperty("even_slope").ValueKind);
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("odd_slope").ValueKind);
        Assert.Equal(10, fit.GetProperty("odd").GetProperty("skipped").GetInt32());

        Assert.Equal(21, root.GetProperty("ratios").GetArrayLength());
        Assert.Equal(2, root.GetProperty("trace").GetProperty("kernel_at_one").GetDouble(), 15);
        Assert.Equal(spectrum.Quadrature.Nodes, root.GetProperty("quadrature").GetProperty("nodes").GetInt32());
    }

    [Fact]
    public void Report_without_prediction_has_null_asymptotics_and_no_ratios()
    {
        var report = SpectrumReport.Create(MercerSpectrum.OnSphere(Math.Exp, 2, 12), null, new DegreeWindow(2, 12));
        Assert.Null(report.Asymptotics);
        Assert.Empty(report.Ratios);
        Assert.Equal(2, report.Fit.Min);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("asymptotics").ValueKind);
    }

    [Fact]
    public void Report_of_degree_zero_has_an_empty_fit()
    {
        var report = SpectrumReport.Create(MercerSpectrum.OnSphere(Math.Exp, 3, 0), DecayPrediction.Create(3, 0.5, -1, 0));
        Assert.Single(report.Eigenvalues);
        Assert.Equal(Math.Sinh(1), report.Eigenvalues[0].Value, 14);
        Assert.Null(report.Fit.EvenSlope);
        Assert.Null(report.Fit.OddSlope);
        Assert.Empty(report.Ratios);
    }
}
