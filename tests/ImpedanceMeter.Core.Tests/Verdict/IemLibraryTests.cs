using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class IemLibraryTests
    {
        [TestMethod]
        public void BuiltInsAreLabelledModelsOrManufacturerSpecs()
        {
            IemLibrary lib = new IemLibrary();
            Assert.IsTrue(lib.BuiltInCount >= 4);
            for (int i = 0; i < lib.BuiltInCount; i++)
            {
                IemProfile p = lib.Get(i);
                Assert.IsNull(p.Validate(), p.Name);
                if (p.HasCurve)
                {
                    Assert.AreEqual((int)IemOrigin.ArchetypeModel, (int)p.Origin, p.Name + " has a curve, so it must be a model");
                    Assert.StartsWith("model", p.Source, p.Name);
                }
                else
                {
                    Assert.AreEqual((int)IemOrigin.ManufacturerSpec, (int)p.Origin, p.Name);
                    Assert.IsTrue(p.Source.Length > 0, p.Name + " needs a citation");
                }
            }
        }

        [TestMethod]
        public void FindIgnoresCaseAndAddRefusesDuplicates()
        {
            IemLibrary lib = new IemLibrary();
            Assert.AreEqual(2, lib.Find("MODEL-3BA"));
            Assert.IsNull(lib.Add(SampleProfiles.WithCurve("Mine"), false));
            Assert.AreEqual(lib.BuiltInCount, lib.Find("mine"));
            Assert.IsNotNull(lib.Add(SampleProfiles.WithCurve("MINE"), false));
            Assert.IsNull(lib.Add(SampleProfiles.NominalOnly("mine"), true), "replace");
            Assert.IsFalse(lib.Get(lib.Find("mine")).HasCurve);
            Assert.IsNotNull(lib.Add(SampleProfiles.NominalOnly("model-1dd"), true), "built-ins cannot be replaced");
            Assert.AreEqual(-1, lib.Find("nothing"));
        }

        [TestMethod]
        public void DeleteRemovesOnlyUserEntries()
        {
            IemLibrary lib = new IemLibrary();
            lib.Add(SampleProfiles.WithCurve("a"), false);
            lib.Add(SampleProfiles.WithCurve("b"), false);
            Assert.IsFalse(lib.Delete("model-1ba"));
            Assert.IsTrue(lib.Delete("A"));
            Assert.AreEqual(1, lib.UserCount);
            Assert.AreEqual("b", lib.Get(lib.BuiltInCount).Name);
            Assert.IsFalse(lib.Delete("a"));
        }

        [TestMethod]
        public void FullLibraryRefusesMoreEntries()
        {
            IemLibrary lib = new IemLibrary(2);
            Assert.IsNull(lib.Add(SampleProfiles.NominalOnly("a"), false));
            Assert.IsNull(lib.Add(SampleProfiles.NominalOnly("b"), false));
            Assert.Contains("full", lib.Add(SampleProfiles.NominalOnly("c"), false));
            Assert.AreEqual(2, lib.UserCount);
        }

        [TestMethod]
        public void UserEntriesSurviveSaveAndLoadAndCorruptRecordsAreSkipped()
        {
            IemLibrary lib = new IemLibrary();
            lib.Add(SampleProfiles.WithCurve("a"), false);
            lib.Add(SampleProfiles.NominalOnly("b"), false);
            byte[] blob = lib.SaveUserEntries();

            IemLibrary loaded = new IemLibrary();
            Assert.AreEqual(0, loaded.LoadUserEntries(blob, blob.Length));
            Assert.AreEqual(2, loaded.UserCount);
            Assert.IsTrue(SampleProfiles.Same(SampleProfiles.WithCurve("a"), loaded.Get(loaded.Find("a"))));

            blob[30] ^= 0x40; // inside the first record: its CRC fails, the second still loads
            Assert.AreEqual(1, loaded.LoadUserEntries(blob, blob.Length));
            Assert.AreEqual(1, loaded.UserCount);
            Assert.AreEqual("b", loaded.Get(loaded.BuiltInCount).Name);
        }
    }
}
