// MSTest's TestInitialize/TestCleanup attributes are sealed, so the device's [Setup]/[Cleanup]
// names are provided as aliases rather than subclasses.
global using SetupAttribute = Microsoft.VisualStudio.TestTools.UnitTesting.TestInitializeAttribute;
global using CleanupAttribute = Microsoft.VisualStudio.TestTools.UnitTesting.TestCleanupAttribute;
