namespace nanoFramework.TestFramework
{
    /// <summary>Device name for MSTest's test class attribute.</summary>
    public class TestClassAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute
    {
    }

    /// <summary>Device name for MSTest's test method attribute.</summary>
    public class TestMethodAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute
    {
    }

    /// <summary>Device name for MSTest's data row attribute.</summary>
    public class DataRowAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.DataRowAttribute
    {
        /// <summary>Arguments passed to the test method.</summary>
        public DataRowAttribute(params object[] methodParameters) : base(methodParameters)
        {
        }
    }
}
