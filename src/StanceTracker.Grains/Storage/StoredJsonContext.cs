using System.Text.Json;
using System.Text.Json.Serialization;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Actors;
using StanceTracker.Grains.Articles;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// Compile-time serialisation code for the types written on the ingest path: each statement's payload and the two
/// grain states (<see cref="ActorState"/> snapshots, <see cref="ArticleState"/>). Only <see cref="StoredJson"/> uses
/// it, and only to write; everything stored is still read through <see cref="StorageJson.Options"/>.
/// </summary>
/// <remarks>
/// The options here are the web defaults of <see cref="StorageJson.Options"/> with its camel-case stance names. Its
/// encoder (letters of every script unescaped) cannot be named in this attribute: the context is therefore built by
/// <see cref="StoredJson"/> over a copy of <see cref="StorageJson.Options"/>, so the parts the generated code hands back
/// to the serializer see that encoder too.
/// </remarks>
// The stored types have one enum, StanceKind; an enum added to them needs its converter here too (StoredJsonTests
// compares every stored type's bytes with the serializer's, whose converter takes any enum).
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(CamelCaseStanceNames)])]
[JsonSerializable(typeof(StatementRecord))]
[JsonSerializable(typeof(ActorState))]
[JsonSerializable(typeof(ArticleState))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;
