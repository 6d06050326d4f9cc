namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// A change of one sampled parameter by <see cref="Delta"/> (test hook: finite differences of f against the layer-wise
/// NTK): weight W[<see cref="Row"/>, <see cref="Column"/>] of dense layer <see cref="DenseIndex"/>, or its bias β[Row]
/// when <see cref="Column"/> is −1.
/// </summary>
internal readonly record struct ParameterShift(int DenseIndex, int Row, int Column, double Delta);
