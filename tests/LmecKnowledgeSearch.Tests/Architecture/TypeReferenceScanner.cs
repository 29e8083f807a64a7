using Mono.Cecil;
using Mono.Cecil.Cil;

namespace LmecKnowledgeSearch.Tests.Architecture;

/// <summary>One use of a type or member by a type of the scanned assembly, with where it was found.</summary>
public sealed record TypeUse(TypeDefinition User, TypeReference Used, string Where);

/// <summary>One call from a method of the scanned assembly.</summary>
public sealed record MethodCall(MethodDefinition Caller, MethodReference Callee);

/// <summary>
/// Reads an assembly's metadata and IL with Mono.Cecil and lists every type each of its types uses: base type,
/// interfaces, attributes, fields, properties, events, method signatures, locals and every type or member an
/// instruction names. Compiler-generated nested types (closures, async state machines) count for the type that
/// declares them.
/// </summary>
public sealed class TypeReferenceScanner
{
    private readonly ModuleDefinition module;

    public TypeReferenceScanner(string assemblyPath)
    {
        module = ModuleDefinition.ReadModule(assemblyPath);
    }

    public IEnumerable<TypeDefinition> Types => module.GetTypes();

    /// <summary>The namespace a type is filed under: a nested type's is its outermost declaring type's.</summary>
    public static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    public IEnumerable<MethodCall> Calls() =>
        from type in module.GetTypes()
        from method in type.Methods
        where method.HasBody
        from instruction in method.Body.Instructions
        where instruction.Operand is MethodReference
        select new MethodCall(method, (MethodReference)instruction.Operand);

    public IEnumerable<TypeUse> Uses()
    {
        foreach (var type in module.GetTypes())
        {
            var found = new List<(TypeReference, string)>();
            if (type.BaseType is not null)
            {
                found.Add((type.BaseType, "base type"));
            }

            found.AddRange(type.Interfaces.Select(i => (i.InterfaceType, "interface")));
            found.AddRange(Attributes(type.CustomAttributes, "attribute"));
            foreach (var field in type.Fields)
            {
                found.Add((field.FieldType, $"field {field.Name}"));
                found.AddRange(Attributes(field.CustomAttributes, $"attribute of field {field.Name}"));
            }

            foreach (var property in type.Properties)
            {
                found.Add((property.PropertyType, $"property {property.Name}"));
                found.AddRange(Attributes(property.CustomAttributes, $"attribute of property {property.Name}"));
            }

            found.AddRange(type.Events.Select(e => (e.EventType, $"event {e.Name}")));
            foreach (var method in type.Methods)
            {
                found.AddRange(MethodUses(method));
            }

            foreach (var (used, where) in found)
            {
                foreach (var part in Parts(used))
                {
                    yield return new TypeUse(type, part, where);
                }
            }
        }
    }

    private static IEnumerable<(TypeReference, string)> MethodUses(MethodDefinition method)
    {
        var where = $"method {method.Name}";
        yield return (method.ReturnType, $"{where} returns");
        foreach (var parameter in method.Parameters)
        {
            yield return (parameter.ParameterType, $"{where} parameter {parameter.Name}");
        }

        foreach (var attribute in Attributes(method.CustomAttributes, $"{where} attribute"))
        {
            yield return attribute;
        }

        if (!method.HasBody)
        {
            yield break;
        }

        foreach (var local in method.Body.Variables)
        {
            yield return (local.VariableType, $"{where} local");
        }

        foreach (var instruction in method.Body.Instructions)
        {
            foreach (var used in OperandTypes(instruction))
            {
                yield return (used, $"{where} body ({instruction.OpCode})");
            }
        }
    }

    private static IEnumerable<TypeReference> OperandTypes(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                yield return type;
                break;
            case FieldReference field:
                yield return field.DeclaringType;
                yield return field.FieldType;
                break;
            case MethodReference called:
                yield return called.DeclaringType;
                yield return called.ReturnType;
                foreach (var parameter in called.Parameters)
                {
                    yield return parameter.ParameterType;
                }

                if (called is GenericInstanceMethod generic)
                {
                    foreach (var argument in generic.GenericArguments)
                    {
                        yield return argument;
                    }
                }

                break;
        }
    }

    private static IEnumerable<(TypeReference, string)> Attributes(IEnumerable<CustomAttribute> attributes, string where) =>
        attributes.Select(a => (a.AttributeType, where));

    /// <summary>A type and every type it is built from: array and by-ref element types, generic arguments.</summary>
    private static IEnumerable<TypeReference> Parts(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var part in Parts(generic.ElementType))
                {
                    yield return part;
                }

                foreach (var argument in generic.GenericArguments)
                {
                    foreach (var part in Parts(argument))
                    {
                        yield return part;
                    }
                }

                break;
            case TypeSpecification specification:
                foreach (var part in Parts(specification.ElementType))
                {
                    yield return part;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
