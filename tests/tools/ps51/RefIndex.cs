// Reads .NET reference assemblies as metadata only (System.Reflection.Metadata): no assembly is
// loaded for execution. Used by tests/tools/ps51-check.ps1 to answer "does this type / member exist
// in the .NET Framework 4.8 reference assemblies or Windows PowerShell 5.1's
// System.Management.Automation?".
using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace S2SPs51
{
    public sealed class RefType
    {
        public string FullName = "";
        public string BaseType;            // full name, or null
        public List<string> Interfaces = new List<string>();
        public bool IsEnum;
        public bool IsInterface;
        public bool IsValueType;
        public bool HasPublicConstructor;
        public string Source = "";         // assembly file or data file it came from
        public HashSet<string> Static = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Instance = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    }

    public sealed class RefIndex
    {
        public readonly Dictionary<string, RefType> Types = new Dictionary<string, RefType>(StringComparer.OrdinalIgnoreCase);
        // Public instance methods of public types, by name: what "$x.Name(...)" can bind to.
        public readonly Dictionary<string, string> InstanceMethods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> Namespaces = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        public int AssemblyCount;

        public RefType Find(string fullName)
        {
            RefType type;
            return Types.TryGetValue(fullName, out type) ? type : null;
        }

        public RefType AddType(string fullName, string source)
        {
            RefType type = Find(fullName);
            if (type == null)
            {
                type = new RefType { FullName = fullName, Source = source };
                Types[fullName] = type;
                int dot = fullName.LastIndexOf('.');
                if (dot > 0) AddNamespace(fullName.Substring(0, dot));
            }
            return type;
        }

        public void AddInstanceMethod(string name, string typeName)
        {
            if (!InstanceMethods.ContainsKey(name)) InstanceMethods[name] = typeName;
        }

        void AddNamespace(string ns)
        {
            while (ns.Length > 0 && Namespaces.Add(ns))
            {
                int dot = ns.LastIndexOf('.');
                if (dot < 0) break;
                ns = ns.Substring(0, dot);
            }
        }

        // Static member of the type or of a base type (PowerShell binds inherited statics).
        public bool HasStatic(string typeName, string member)
        {
            for (RefType t = Find(typeName); t != null; t = t.BaseType == null ? null : Find(t.BaseType))
                if (t.Static.Contains(member)) return true;
            return false;
        }

        public bool HasInstance(string typeName, string member)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var todo = new Stack<string>();
            todo.Push(typeName);
            while (todo.Count > 0)
            {
                string name = todo.Pop();
                if (!seen.Add(name)) continue;
                RefType t = Find(name);
                if (t == null) continue;
                if (t.Instance.Contains(member)) return true;
                if (t.BaseType != null) todo.Push(t.BaseType);
                foreach (string i in t.Interfaces) todo.Push(i);
            }
            return false;
        }

        public void AddAssembly(string path)
        {
            using (var stream = File.OpenRead(path))
            using (var pe = new PEReader(stream))
            {
                if (!pe.HasMetadata) return;
                MetadataReader md = pe.GetMetadataReader();
                if (!md.IsAssembly) return;
                AssemblyCount++;
                string source = Path.GetFileName(path);
                foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
                {
                    TypeDefinition def = md.GetTypeDefinition(handle);
                    if (!IsVisible(md, def)) continue;
                    string name = TypeDefName(md, handle);
                    RefType type = AddType(name, source);
                    TypeAttributes attrs = def.Attributes;
                    type.IsInterface = (attrs & TypeAttributes.ClassSemanticsMask) == TypeAttributes.Interface;
                    if (!def.BaseType.IsNil)
                    {
                        type.BaseType = HandleName(md, def.BaseType);
                        type.IsEnum = type.BaseType == "System.Enum";
                        type.IsValueType = type.BaseType == "System.ValueType" || type.IsEnum;
                    }
                    foreach (InterfaceImplementationHandle ih in def.GetInterfaceImplementations())
                    {
                        string iname = HandleName(md, md.GetInterfaceImplementation(ih).Interface);
                        if (iname != null) type.Interfaces.Add(iname);
                    }
                    foreach (MethodDefinitionHandle mh in def.GetMethods())
                    {
                        MethodDefinition m = md.GetMethodDefinition(mh);
                        if ((m.Attributes & MethodAttributes.MemberAccessMask) != MethodAttributes.Public) continue;
                        string mname = md.GetString(m.Name);
                        bool isStatic = (m.Attributes & MethodAttributes.Static) != 0;
                        if (mname == ".ctor") { type.HasPublicConstructor = true; continue; }
                        if (mname == ".cctor") continue;
                        if (isStatic) type.Static.Add(mname);
                        else
                        {
                            type.Instance.Add(mname);
                            AddInstanceMethod(mname, name);
                        }
                    }
                    foreach (PropertyDefinitionHandle ph in def.GetProperties())
                    {
                        PropertyDefinition p = md.GetPropertyDefinition(ph);
                        PropertyAccessors acc = p.GetAccessors();
                        AddAccessorMember(md, type, md.GetString(p.Name), acc.Getter, acc.Setter);
                    }
                    foreach (EventDefinitionHandle eh in def.GetEvents())
                    {
                        EventDefinition e = md.GetEventDefinition(eh);
                        EventAccessors acc = e.GetAccessors();
                        AddAccessorMember(md, type, md.GetString(e.Name), acc.Adder, acc.Remover);
                    }
                    foreach (FieldDefinitionHandle fh in def.GetFields())
                    {
                        FieldDefinition f = md.GetFieldDefinition(fh);
                        if ((f.Attributes & FieldAttributes.FieldAccessMask) != FieldAttributes.Public) continue;
                        string fname = md.GetString(f.Name);
                        if ((f.Attributes & FieldAttributes.Static) != 0) type.Static.Add(fname);
                        else type.Instance.Add(fname);
                    }
                    if (type.IsValueType) type.HasPublicConstructor = true;
                }
            }
        }

        static void AddAccessorMember(MetadataReader md, RefType type, string name, MethodDefinitionHandle a, MethodDefinitionHandle b)
        {
            foreach (MethodDefinitionHandle h in new[] { a, b })
            {
                if (h.IsNil) continue;
                MethodDefinition m = md.GetMethodDefinition(h);
                if ((m.Attributes & MethodAttributes.MemberAccessMask) != MethodAttributes.Public) continue;
                if ((m.Attributes & MethodAttributes.Static) != 0) type.Static.Add(name);
                else type.Instance.Add(name);
            }
        }

        static bool IsVisible(MetadataReader md, TypeDefinition def)
        {
            TypeAttributes vis = def.Attributes & TypeAttributes.VisibilityMask;
            if (vis == TypeAttributes.Public) return true;
            if (vis != TypeAttributes.NestedPublic) return false;
            return IsVisible(md, md.GetTypeDefinition(def.GetDeclaringType()));
        }

        static string TypeDefName(MetadataReader md, TypeDefinitionHandle handle)
        {
            TypeDefinition def = md.GetTypeDefinition(handle);
            string name = md.GetString(def.Name);
            TypeDefinitionHandle outer = def.GetDeclaringType();
            if (!outer.IsNil) return TypeDefName(md, outer) + "+" + name;
            string ns = md.GetString(def.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        static string TypeRefName(MetadataReader md, TypeReferenceHandle handle)
        {
            TypeReference r = md.GetTypeReference(handle);
            string name = md.GetString(r.Name);
            if (r.ResolutionScope.Kind == HandleKind.TypeReference)
                return TypeRefName(md, (TypeReferenceHandle)r.ResolutionScope) + "+" + name;
            string ns = md.GetString(r.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        // The name of a base type or interface: a definition, a reference, or a generic
        // instantiation (whose generic type definition is named, e.g. System.Collections.ObjectModel.Collection`1).
        static string HandleName(MetadataReader md, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition: return TypeDefName(md, (TypeDefinitionHandle)handle);
                case HandleKind.TypeReference: return TypeRefName(md, (TypeReferenceHandle)handle);
                case HandleKind.TypeSpecification:
                    BlobReader blob = md.GetBlobReader(md.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                    if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return null;
                    blob.ReadSignatureTypeCode(); // CLASS or VALUETYPE
                    return HandleName(md, blob.ReadTypeHandle());
                default: return null;
            }
        }
    }
}
