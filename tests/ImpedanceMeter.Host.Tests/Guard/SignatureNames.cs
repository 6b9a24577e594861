using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace ImpedanceMeter.Host.Tests.Guard;

/// <summary>
/// Decodes metadata signatures into the listing's spelling (C# keywords for primitives,
/// Namespace.Type, Outer+Inner, T[], "ref T"). Generic instantiations come out as
/// "GENERIC:…" so the guard can reject them wherever they appear.
/// </summary>
public sealed class SignatureNames : ISignatureTypeProvider<string, object?>
{
    public const string GenericMarker = "GENERIC:";
    private readonly MetadataReader _reader;

    public SignatureNames(MetadataReader reader) => _reader = reader;

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Boolean => "bool",
        PrimitiveTypeCode.Byte => "byte",
        PrimitiveTypeCode.SByte => "sbyte",
        PrimitiveTypeCode.Char => "char",
        PrimitiveTypeCode.Int16 => "short",
        PrimitiveTypeCode.UInt16 => "ushort",
        PrimitiveTypeCode.Int32 => "int",
        PrimitiveTypeCode.UInt32 => "uint",
        PrimitiveTypeCode.Int64 => "long",
        PrimitiveTypeCode.UInt64 => "ulong",
        PrimitiveTypeCode.Single => "float",
        PrimitiveTypeCode.Double => "double",
        PrimitiveTypeCode.String => "string",
        PrimitiveTypeCode.Object => "object",
        PrimitiveTypeCode.Void => "void",
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        PrimitiveTypeCode.TypedReference => "System.TypedReference",
        _ => typeCode.ToString(),
    };

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        => TypeName(handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        => TypeName(handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => "ref " + elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        => GenericMarker + genericType + "<" + string.Join(",", typeArguments) + ">";

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;

    public string TypeName(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
            {
                var def = _reader.GetTypeDefinition((TypeDefinitionHandle)handle);
                string name = _reader.GetString(def.Name);
                var declaring = def.GetDeclaringType();
                if (!declaring.IsNil)
                {
                    return TypeName(declaring) + "+" + name;
                }

                string ns = _reader.GetString(def.Namespace);
                return ns.Length == 0 ? name : ns + "." + name;
            }

            case HandleKind.TypeReference:
            {
                var r = _reader.GetTypeReference((TypeReferenceHandle)handle);
                string name = _reader.GetString(r.Name);
                if (r.ResolutionScope.Kind == HandleKind.TypeReference)
                {
                    return TypeName((TypeReferenceHandle)r.ResolutionScope) + "+" + name;
                }

                string ns = _reader.GetString(r.Namespace);
                return ns.Length == 0 ? name : ns + "." + name;
            }

            case HandleKind.TypeSpecification:
                return _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);

            default:
                return handle.Kind.ToString();
        }
    }
}
