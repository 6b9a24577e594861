using System;
using System.Collections;
using Ms = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The assertions of nanoFramework.TestFramework 3.0.80 with the device's signatures and
    /// semantics (exact equality, no tolerance overloads), raising MSTest failures.
    /// </summary>
    public sealed class Assert
    {
        private static void Check(bool ok, string what, string message)
        {
            if (!ok)
            {
                throw new Ms.AssertFailedException(string.IsNullOrEmpty(message) ? what : what + " " + message);
            }
        }

        private static void Equal<T>(T expected, T actual, string message)
        {
            Check(Equals(expected, actual), $"Expected <{expected}>, actual <{actual}>.", message);
        }

        private static void NotEqualCore<T>(T notExpected, T actual, string message)
        {
            Check(!Equals(notExpected, actual), $"Expected any value except <{notExpected}>.", message);
        }

        public static void AreEqual(bool expected, bool actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(byte expected, byte actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(char expected, char actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(short expected, short actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(ushort expected, ushort actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(int expected, int actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(uint expected, uint actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(long expected, long actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(ulong expected, ulong actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(float expected, float actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(double expected, double actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(string expected, string actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => Equal(expected, actual, message);
        public static void AreEqual(object expected, object actual, string message = "") => Equal(expected, actual, message);

        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => NotEqualCore(notExpected, actual, message);
        public static void AreNotEqual(int notExpected, int actual, string message = "") => NotEqualCore(notExpected, actual, message);
        public static void AreNotEqual(long notExpected, long actual, string message = "") => NotEqualCore(notExpected, actual, message);
        public static void AreNotEqual(double notExpected, double actual, string message = "") => NotEqualCore(notExpected, actual, message);
        public static void AreNotEqual(string notExpected, string actual, string message = "") => NotEqualCore(notExpected, actual, message);
        public static void AreNotEqual(object notExpected, object actual, string message = "") => NotEqualCore(notExpected, actual, message);

        public static void Equal(int expected, int actual, string message = "") => Equal<int>(expected, actual, message);
        public static void Equal(long expected, long actual, string message = "") => Equal<long>(expected, actual, message);
        public static void Equal(string expected, string actual, string message = "") => Equal<string>(expected, actual, message);
        public static void Equal(Array expected, Array actual, string message = "")
        {
            Check(TestExtensions.SequenceEqual(expected, actual), "Arrays differ.", message);
        }

        public static void NotEqual(Array notExpected, Array actual, string message = "")
        {
            Check(!TestExtensions.SequenceEqual(notExpected, actual), "Arrays are equal.", message);
        }

        public static void IsTrue(bool condition, string message = "") => Check(condition, "Expected true.", message);
        public static void True(bool condition, string message = "") => Check(condition, "Expected true.", message);
        public static void IsFalse(bool condition, string message = "") => Check(!condition, "Expected false.", message);
        public static void False(bool condition, string message = "") => Check(!condition, "Expected false.", message);
        public static void IsNull(object value, string message = "") => Check(value == null, "Expected null.", message);
        public static void Null(object value, string message = "") => Check(value == null, "Expected null.", message);
        public static void IsNotNull(object value, string message = "") => Check(value != null, "Expected not null.", message);
        public static void NotNull(object value, string message = "") => Check(value != null, "Expected not null.", message);
        public static void AreSame(object expected, object actual, string message = "") => Check(ReferenceEquals(expected, actual), "Expected the same instance.", message);
        public static void Same(object expected, object actual, string message = "") => Check(ReferenceEquals(expected, actual), "Expected the same instance.", message);
        public static void AreNotSame(object notExpected, object actual, string message = "") => Check(!ReferenceEquals(notExpected, actual), "Expected different instances.", message);
        public static void NotSame(object notExpected, object actual, string message = "") => Check(!ReferenceEquals(notExpected, actual), "Expected different instances.", message);

        public static void IsInstanceOfType(object value, Type expected, string message = "") => Check(value != null && expected.IsInstanceOfType(value), $"Expected an instance of {expected}.", message);
        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "") => Check(value == null || !notExpected.IsInstanceOfType(value), $"Expected no instance of {notExpected}.", message);
        public static void IsType(Type expectedType, object value, string message = "") => Check(value != null && value.GetType() == expectedType, $"Expected type {expectedType}.", message);
        public static void IsNotType(Type wrongType, object value, string message = "") => Check(value == null || value.GetType() != wrongType, $"Expected a type other than {wrongType}.", message);

        public static void Contains(string expected, string value, string message = "") => Check(value != null && value.Contains(expected, StringComparison.Ordinal), $"Expected <{value}> to contain <{expected}>.", message);
        public static void DoesNotContains(string notExpected, string value, string message = "") => Check(value == null || !value.Contains(notExpected, StringComparison.Ordinal), $"Expected <{value}> not to contain <{notExpected}>.", message);
        public static void StartsWith(string expected, string value, string message = "") => Check(value != null && value.StartsWith(expected, StringComparison.Ordinal), $"Expected <{value}> to start with <{expected}>.", message);
        public static void EndsWith(string expected, string value, string message = "") => Check(value != null && value.EndsWith(expected, StringComparison.Ordinal), $"Expected <{value}> to end with <{expected}>.", message);
        public static void Empty(ICollection collection, string message = "") => Check(collection != null && collection.Count == 0, "Expected an empty collection.", message);
        public static void NotEmpty(ICollection collection, string message = "") => Check(collection != null && collection.Count > 0, "Expected a non-empty collection.", message);

        public static void ThrowsException(Type exception, Action action, string message = "") => Throws(exception, action, message);

        public static void Throws(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                Check(e.GetType() == exceptionType, $"Expected {exceptionType.Name}, got {e.GetType().Name}: {e.Message}", message);
                return;
            }

            Check(false, $"Expected {exceptionType.Name}, nothing was thrown.", message);
        }

        public static void SkipTest(string message = null) => throw new Ms.AssertInconclusiveException(message ?? "skipped");
    }

    /// <summary>Collection assertions of the device framework.</summary>
    public sealed class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            Assert.IsTrue(TestExtensions.SequenceEqual(ToArray(expected), ToArray(actual)), "Collections differ. " + message);
        }

        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            Assert.IsFalse(TestExtensions.SequenceEqual(ToArray(notExpected), ToArray(actual)), "Collections are equal. " + message);
        }

        public static void Empty(ICollection collection, string message = "") => Assert.Empty(collection, message);
        public static void NotEmpty(ICollection collection, string message = "") => Assert.NotEmpty(collection, message);

        private static Array ToArray(ICollection c)
        {
            if (c == null)
            {
                return null;
            }

            var a = new object[c.Count];
            c.CopyTo(a, 0);
            return a;
        }
    }

    /// <summary>Element-wise array comparison, as on the device.</summary>
    public static class TestExtensions
    {
        public static bool SequenceEqual(Array a, Array b)
        {
            if (a == null || b == null)
            {
                return a == b;
            }

            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (!Equals(a.GetValue(i), b.GetValue(i)))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Test output, as on the device.</summary>
    public static class OutputHelper
    {
        public static void Write(string message) => Console.Write(message);
        public static void WriteLine(string message) => Console.WriteLine(message);
    }
}
