namespace Symbolic.Core.Expressions;

/// <summary>What an intern table needs of a node description: its hash, whether a node is the one described, and how
/// to build it.</summary>
/// <typeparam name="TNode">The node type.</typeparam>
internal interface IInternKey<TNode> where TNode : Expr
{
    /// <summary>The hash the described node caches (its <see cref="Expr.GetHashCode"/>).</summary>
    int Hash { get; }

    /// <summary>Whether <paramref name="node"/> has this payload and these children (by reference).</summary>
    bool Matches(TNode node);

    /// <summary>The described node, new, caching <paramref name="hash"/> (this key's <see cref="Hash"/>).</summary>
    TNode Create(int hash);
}

/// <summary>
/// The process-wide set of nodes of one type, found by their description (kind, payload, child references): an
/// open-addressing table of (hash, node) slots, at most half full, probed linearly. Unlike a dictionary keyed by the
/// description it stores no key and no entry object per node, and growing it copies slots only — deep kernel DAGs
/// intern hundreds of thousands of nodes, and every byte a node keeps alive is copied by each collection it survives.
/// A probe compares the hashes stored in the slots and touches a node only when they match. Lookups read without
/// locking (a slot's hash is written before its node, which publishes it, and a grown array is published whole);
/// adding takes a lock and looks again, so each description gets one node.
/// </summary>
/// <typeparam name="TNode">The node type.</typeparam>
internal sealed class InternTable<TNode> where TNode : Expr
{
    private const int InitialCapacity = 1 << 10;

    private readonly Lock _gate = new();
    private Slot[] _slots = new Slot[InitialCapacity];
    private int _count;

    /// <summary>Number of nodes interned.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The node <paramref name="key"/> describes, built and added on first request.</summary>
    public TNode GetOrAdd<TKey>(in TKey key) where TKey : struct, IInternKey<TNode>
    {
        int hash = key.Hash;
        var found = Find(Volatile.Read(ref _slots), hash, key);
        if (found is not null) return found;
        lock (_gate)
        {
            var slots = _slots;
            found = Find(slots, hash, key);
            if (found is not null) return found;
            var node = key.Create(hash);
            if (2 * (_count + 1) > slots.Length)
            {
                var grown = new Slot[2 * slots.Length];
                foreach (var slot in slots)
                    if (slot.Node is not null) Insert(grown, slot.Hash, slot.Node);
                Volatile.Write(ref _slots, grown);
                slots = grown;
            }
            Insert(slots, hash, node);
            Volatile.Write(ref _count, _count + 1);
            return node;
        }
    }

    private static TNode? Find<TKey>(Slot[] slots, int hash, in TKey key) where TKey : struct, IInternKey<TNode>
    {
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            var node = Volatile.Read(ref slots[i].Node);
            if (node is null) return null;
            if (slots[i].Hash == hash && key.Matches(node)) return node;
        }
    }

    private static void Insert(Slot[] slots, int hash, TNode node)
    {
        int mask = slots.Length - 1;
        int i = hash & mask;
        while (slots[i].Node is not null) i = (i + 1) & mask;
        slots[i].Hash = hash;
        Volatile.Write(ref slots[i].Node, node);
    }

    private struct Slot
    {
        public int Hash;
        public TNode? Node;
    }
}
