using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Core.Expressions;
using Symbolic.Text.Printing;
using Symbolic.Testing;

namespace Symbolic.Text.Tests.Printing;

/// <summary>Parse(Print(e)) is the same interned object as e (STYLE §3.6, AngouriMath's CircleTest as a property).</summary>
public sealed class RoundTripProperties
{
    private static readonly TextOptions s_aggressive = new() { ShareThreshold = 2, MaxInlineDepth = 2 };

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 1000, Replay = "(1234,5679)")]
    public Property Text_round_trips_to_the_same_object(Expr e) => RoundTrips(e, TextOptions.Default);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 500, Replay = "(4321,8767)")]
    public Property Text_with_every_shared_and_nested_node_named_round_trips(Expr e) => RoundTrips(e, s_aggressive);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(2468,1357)")]
    public Property Definitions_round_trip_to_the_same_objects(Expr a, Expr b)
    {
        var text = TextPrinter.PrintDefinitions([("A", a), ("B", b)], s_aggressive);
        var parsed = ExprParser.ParseDefinitions(text);
        return (parsed.Success && ReferenceEquals(parsed["A"], a) && ReferenceEquals(parsed["B"], b))
            .Label($"text: {text}\nparsed: {string.Join("; ", parsed.Diagnostics)}");
    }

    private static Property RoundTrips(Expr e, TextOptions options)
    {
        var text = e.ToText(options);
        var parsed = ExprParser.Parse(text);
        return ReferenceEquals(parsed.Value, e).Label($"text: {text}\nparsed: {parsed}\noriginal: {e}");
    }
}
