using System.Runtime.CompilerServices;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// Collects a JSON array's elements, read one by one, into an array of exactly their number: a statement's few stances
/// or relay steps wait on the stack instead of in a list that grows and is then kept with spare room.
/// </summary>
internal struct ArrayBuilder<T>
{
    private const int OnStack = 8;

    private Slots _first;
    private List<T>? _rest;
    private int _count;

    public void Add(T item)
    {
        if (_count < OnStack)
            _first[_count] = item;
        else
            (_rest ??= []).Add(item);
        _count++;
    }

    public T[] ToArray()
    {
        if (_count == 0)
            return [];
        var items = new T[_count];
        ((Span<T>)_first)[..Math.Min(_count, OnStack)].CopyTo(items);
        _rest?.CopyTo(items, OnStack);
        return items;
    }

    [InlineArray(OnStack)]
    private struct Slots
    {
        private T _element;
    }
}
