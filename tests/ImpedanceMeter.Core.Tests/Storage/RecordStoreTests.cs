using ImpedanceMeter.Core.Storage;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Storage
{
    [TestClass]
    public class RecordStoreTests
    {
        private const byte Type = 9;
        private const byte Version = 2;
        private const string Name = "rec";

        private static byte[] Payload(int length, int seed)
        {
            byte[] p = new byte[length];
            uint x = (uint)seed * 2654435761u + 1;
            for (int i = 0; i < length; i++)
            {
                x = (x * 1664525u) + 1013904223u;
                p[i] = (byte)(x >> 24);
            }

            return p;
        }

        private static void AssertLoads(MemoryStore store, byte[] expected, string context)
        {
            var records = new RecordStore(store, 64);
            byte[] got = new byte[64];
            int length;
            RecordLoadStatus status = records.Load(Name, Type, Version, got, out length);
            Assert.AreEqual((int)RecordLoadStatus.Loaded, (int)status, context);
            Assert.AreEqual(expected.Length, length, context);
            for (int i = 0; i < length; i++)
            {
                Assert.AreEqual(expected[i], got[i], context);
            }
        }

        [TestMethod]
        public void FirstBootReportsMissing()
        {
            var records = new RecordStore(new MemoryStore(), 64);
            int length;
            Assert.AreEqual((int)RecordLoadStatus.Missing, (int)records.Load(Name, Type, Version, new byte[64], out length));
            Assert.AreEqual(0, length);
        }

        [TestMethod]
        public void SaveThenLoadRoundTripsAndAlternatesSlots()
        {
            var store = new MemoryStore();
            var records = new RecordStore(store, 64);
            byte[] first = Payload(20, 1);
            byte[] second = Payload(33, 2);
            Assert.IsTrue(records.Save(Name, Type, Version, first, first.Length));
            Assert.IsNotNull(store.Raw("rec.a"));
            Assert.IsNull(store.Raw("rec.b"));
            Assert.IsTrue(records.Save(Name, Type, Version, second, second.Length));
            Assert.IsNotNull(store.Raw("rec.b"), "the second save must go to the other slot");
            Assert.AreEqual(20 + RecordStore.Overhead, store.Raw("rec.a").Length, "the first record stays intact");
            AssertLoads(store, second, "newest wins");
            byte[] third = Payload(5, 3);
            Assert.IsTrue(records.Save(Name, Type, Version, third, third.Length));
            Assert.AreEqual(5 + RecordStore.Overhead, store.Raw("rec.a").Length, "third save overwrites the older slot");
            AssertLoads(store, third, "third");
        }

        [TestMethod]
        public void TornWriteAtEveryOffsetKeepsTheLastGoodRecord()
        {
            byte[] good = Payload(24, 4);
            byte[] next = Payload(24, 5);
            int total = next.Length + RecordStore.Overhead;
            for (int cut = 0; cut < total; cut++)
            {
                var store = new MemoryStore();
                var records = new RecordStore(store, 64);
                Assert.IsTrue(records.Save(Name, Type, Version, Payload(24, 6), 24));
                Assert.IsTrue(records.Save(Name, Type, Version, good, good.Length));
                store.TruncateNextWriteAt = cut;
                Assert.IsFalse(records.Save(Name, Type, Version, next, next.Length), "read-back must catch a torn write at " + cut.ToString());
                AssertLoads(store, good, "torn at byte " + cut.ToString());
            }
        }

        [TestMethod]
        public void EverySingleBitFlipOfTheNewRecordKeepsTheLastGoodRecord()
        {
            byte[] good = Payload(16, 7);
            byte[] next = Payload(16, 8);
            int bits = (next.Length + RecordStore.Overhead) * 8;
            for (int bit = 0; bit < bits; bit++)
            {
                var store = new MemoryStore();
                var records = new RecordStore(store, 64);
                Assert.IsTrue(records.Save(Name, Type, Version, good, good.Length));
                store.FlipBitOnNextWrite = bit;
                Assert.IsFalse(records.Save(Name, Type, Version, next, next.Length), "read-back must catch flipped bit " + bit.ToString());
                AssertLoads(store, good, "flipped bit " + bit.ToString());
            }
        }

        [TestMethod]
        public void BitRotInTheNewestSlotFallsBackToThePreviousRecord()
        {
            byte[] older = Payload(16, 9);
            byte[] newest = Payload(16, 10);
            int bits = (newest.Length + RecordStore.Overhead) * 8;
            for (int bit = 0; bit < bits; bit++)
            {
                var store = new MemoryStore();
                var records = new RecordStore(store, 64);
                Assert.IsTrue(records.Save(Name, Type, Version, older, older.Length));
                Assert.IsTrue(records.Save(Name, Type, Version, newest, newest.Length));
                store.Raw("rec.b")[bit >> 3] ^= (byte)(1 << (bit & 7));
                AssertLoads(store, older, "rotted bit " + bit.ToString());
            }
        }

        [TestMethod]
        public void SaveAfterACorruptSlotWritesTheCorruptSlotNotTheGoodOne()
        {
            var store = new MemoryStore();
            var records = new RecordStore(store, 64);
            byte[] good = Payload(10, 11);
            Assert.IsTrue(records.Save(Name, Type, Version, good, good.Length));
            store.Put("rec.b", new byte[] { 1, 2, 3 });
            byte[] next = Payload(10, 12);
            store.TruncateNextWriteAt = 7;
            Assert.IsFalse(records.Save(Name, Type, Version, next, next.Length));
            AssertLoads(store, good, "the good slot A was not touched");
        }

        [TestMethod]
        public void NewerVersionIsReportedAndIgnored()
        {
            var store = new MemoryStore();
            var newer = new RecordStore(store, 64);
            Assert.IsTrue(newer.Save(Name, Type, (byte)(Version + 1), Payload(8, 13), 8));
            var records = new RecordStore(store, 64);
            int length;
            Assert.AreEqual((int)RecordLoadStatus.NewerVersion, (int)records.Load(Name, Type, Version, new byte[64], out length));
            Assert.AreEqual((int)RecordSlotStatus.NewerVersion, (int)records.LastSlotA);
            Assert.AreEqual(0, length);
        }

        [TestMethod]
        public void OlderValidSlotIsUsedWhenTheOtherIsFromNewerFirmware()
        {
            var store = new MemoryStore();
            byte[] mine = Payload(8, 14);
            Assert.IsTrue(new RecordStore(store, 64).Save(Name, Type, Version, mine, mine.Length));
            Assert.IsTrue(new RecordStore(store, 64).Save(Name, Type, (byte)(Version + 1), Payload(8, 15), 8));
            var records = new RecordStore(store, 64);
            int length;
            Assert.AreEqual((int)RecordLoadStatus.Loaded, (int)records.Load(Name, Type, Version, new byte[64], out length));
            Assert.AreEqual((int)RecordSlotStatus.NewerVersion, (int)records.LastSlotB);
        }

        [TestMethod]
        public void GarbageInBothSlotsIsCorruptNotACrash()
        {
            var store = new MemoryStore();
            store.Put("rec.a", Payload(200, 16));
            store.Put("rec.b", new byte[0]);
            var records = new RecordStore(store, 64);
            int length;
            Assert.AreEqual((int)RecordLoadStatus.Corrupt, (int)records.Load(Name, Type, Version, new byte[64], out length));
            Assert.AreEqual((int)RecordSlotStatus.Corrupt, (int)records.LastSlotA);
            Assert.AreEqual((int)RecordSlotStatus.Corrupt, (int)records.LastSlotB);
        }

        [TestMethod]
        public void WrongTypeIsNotLoaded()
        {
            var store = new MemoryStore();
            Assert.IsTrue(new RecordStore(store, 64).Save(Name, (byte)(Type + 1), Version, Payload(8, 17), 8));
            var records = new RecordStore(store, 64);
            int length;
            Assert.AreEqual((int)RecordLoadStatus.Corrupt, (int)records.Load(Name, Type, Version, new byte[64], out length));
            Assert.AreEqual((int)RecordSlotStatus.WrongType, (int)records.LastSlotA);
        }

        [TestMethod]
        public void RefusedWriteReturnsFalseAndKeepsTheRecord()
        {
            var store = new MemoryStore();
            var records = new RecordStore(store, 64);
            byte[] good = Payload(12, 18);
            Assert.IsTrue(records.Save(Name, Type, Version, good, good.Length));
            store.RefuseWrites = true;
            Assert.IsFalse(records.Save(Name, Type, Version, Payload(12, 19), 12));
            store.RefuseWrites = false;
            AssertLoads(store, good, "refused write");
        }

        [TestMethod]
        public void OversizedPayloadIsRefused()
        {
            var records = new RecordStore(new MemoryStore(), 16);
            Assert.IsFalse(records.Save(Name, Type, Version, new byte[17], 17));
        }

        [TestMethod]
        public void SequenceWrapAroundStillPicksTheNewest()
        {
            var store = new MemoryStore();
            var records = new RecordStore(store, 64);
            byte[] a = Payload(8, 20);
            byte[] b = Payload(8, 21);
            Assert.IsTrue(records.Save(Name, Type, Version, a, a.Length));
            Assert.IsTrue(records.Save(Name, Type, Version, b, b.Length));
            SetSequence(store.Raw("rec.a"), 0xFFFFFFFFu);
            SetSequence(store.Raw("rec.b"), 0u);
            AssertLoads(store, b, "0 follows 0xFFFFFFFF");
        }

        private static void SetSequence(byte[] record, uint sequence)
        {
            record[8] = (byte)sequence;
            record[9] = (byte)(sequence >> 8);
            record[10] = (byte)(sequence >> 16);
            record[11] = (byte)(sequence >> 24);
            int crcAt = record.Length - 4;
            uint crc = Crc32.Compute(record, 0, crcAt);
            record[crcAt] = (byte)crc;
            record[crcAt + 1] = (byte)(crc >> 8);
            record[crcAt + 2] = (byte)(crc >> 16);
            record[crcAt + 3] = (byte)(crc >> 24);
        }
    }
}
