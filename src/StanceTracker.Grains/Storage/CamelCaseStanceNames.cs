using System.Text.Json;
using System.Text.Json.Serialization;
using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// Stances by their camel-case names (<c>support</c>), as <see cref="StorageJson.Options"/> writes every enum; a type, so
/// that <see cref="StoredJsonContext"/> can name it in its attribute.
/// </summary>
internal sealed class CamelCaseStanceNames() : JsonStringEnumConverter<StanceKind>(JsonNamingPolicy.CamelCase);
