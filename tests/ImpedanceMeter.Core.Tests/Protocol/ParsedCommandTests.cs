using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    [TestClass]
    public class ParsedCommandTests
    {
        private static ParsedCommand Parse(string text, int expectedCode)
        {
            ParsedCommand c = new ParsedCommand();
            byte[] b = Lines.Bytes(text);
            Assert.AreEqual(expectedCode, c.Parse(b, b.Length), text);
            return c;
        }

        [TestMethod]
        public void SpacesAndCommasSeparateParameters()
        {
            ParsedCommand c = Parse("MEAS:ZOUT?  L+,1000.5", 0);
            Assert.AreEqual(3, c.TokenCount);
            Assert.IsTrue(c.TokenEquals(0, "MEAS:ZOUT?"));
            Assert.AreEqual("L+", c.Token(1));
            long mhz;
            Assert.IsTrue(c.TryFixed(2, 3, out mhz));
            Assert.AreEqual(1000500L, mhz);
        }

        [TestMethod]
        public void HeaderMatchIgnoresCase()
        {
            Assert.IsTrue(Parse("meas:zout?", 0).TokenEquals(0, "MEAS:ZOUT?"));
        }

        [TestMethod]
        public void QuotedParameterKeepsSpaces()
        {
            ParsedCommand c = Parse("IEM:SEL \"user iem 2\"", 0);
            Assert.AreEqual(2, c.TokenCount);
            Assert.AreEqual("user iem 2", c.Token(1));
        }

        [TestMethod]
        public void UnterminatedOrEmbeddedQuoteIsASyntaxError()
        {
            Parse("IEM:SEL \"user iem 2", ErrorCodes.SyntaxError);
            Parse("IEM:SEL ab\"c\"", ErrorCodes.SyntaxError);
            Parse("IEM:SEL \"ab\"c", ErrorCodes.SyntaxError);
        }

        [TestMethod]
        public void TooManyTokensIsRefused()
        {
            Parse("A B C D E F G H I", ErrorCodes.ParameterNotAllowed);
        }

        [TestMethod]
        public void UnsignedIntegerRejectsSignsAndDecimals()
        {
            ParsedCommand c = Parse("X 12 -1 1.5 1234567890", 0);
            Assert.IsTrue(c.IsUnsignedInteger(1));
            Assert.IsFalse(c.IsUnsignedInteger(2));
            Assert.IsFalse(c.IsUnsignedInteger(3));
            Assert.IsFalse(c.IsUnsignedInteger(4), "ten digits could overflow int");
        }
    }
}
