package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check} on specs written elsewhere: a spec that extends a module of the TLA+ Proof System's
 * library, or a community module's plain definitions, checks with the project's stand-ins ({@code
 * spec-tla/lib}); a configuration keyword TLC 2.18 does not know is one line naming the file and
 * its line (151); {@code ALIAS} is skipped with a warning and the check proceeds.
 */
class OtherPeoplesSpecsTest {
  private static final String CFG = "INIT Init\nNEXT Next\nINVARIANT Inv\n";

  private static Path write(Path dir, String module, String body, String cfg) throws IOException {
    Files.writeString(
        dir.resolve(module + ".tla"),
        "---- MODULE " + module + " ----\n" + body + "\n====\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(module + ".cfg"), cfg, StandardCharsets.UTF_8);
    return dir.resolve(module + ".tla");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FiniteSetTheorems",
        "NaturalsInduction",
        "SequenceTheorems",
        "WellFoundedInduction",
        "FunctionTheorems",
        "SequencesExtTheorems"
      })
  void aSpecExtendingAProofLibraryModuleChecksAsOneExtendingTlapsDoes(
      String library, @TempDir Path dir) throws IOException {
    Path spec =
        write(
            dir,
            "Uses" + library,
            "EXTENDS Naturals, TLAPS, "
                + library
                + "\nVARIABLE x\nInit == x = 0\nNext == x < 2 /\\ x' = x + 1\nInv == x \\in 0..2\n"
                + "THEOREM Init /\\ [][Next]_x => []Inv BY PTL",
            CFG + "CHECK_DEADLOCK FALSE\n");
    CliRun r = CliRun.of("check", spec.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("success"), r.out());
  }

  /**
   * Each stand-in operator evaluated on a small value; an assumption that does not hold ends the
   * check with 10, so a wrong definition fails this test.
   */
  @Test
  void theCommunityOperatorsEvaluateAsTheirNamesSay(@TempDir Path dir) throws IOException {
    String assumptions =
        """
        EXTENDS Naturals, Sequences, Functions, FiniteSetsExt, SequencesExt
        f == [i \\in 1..3 |-> i * 2]
        ASSUME Range(f) = {2, 4, 6}
        ASSUME Restrict(f, {1, 2}) = [i \\in 1..2 |-> i * 2]
        ASSUME IsInjective(f) /\\ ~ IsInjective([i \\in 1..2 |-> 0])
        ASSUME Inverse(f, 1..3, {2, 4, 6})[4] = 2
        ASSUME AntiFunction(f)[6] = 3
        ASSUME ExistsBijection(1..2, {"a", "b"}) /\\ ~ ExistsSurjection(1..1, 1..2)
        ASSUME FoldFunction(LAMBDA a, b : a + b, 0, f) = 12
        ASSUME SumSet({1, 2, 3}) = 6 /\\ ProductSet({2, 3}) = 6 /\\ SumSet({}) = 0
        ASSUME Max({3, 1, 2}) = 3 /\\ Min({3, 1, 2}) = 1
        ASSUME MapThenSumSet(LAMBDA e : e * 10, {1, 2}) = 30
        ASSUME Quantify(1..10, LAMBDA e : e % 2 = 0) = 5
        ASSUME kSubset(2, {1, 2, 3}) = {{1, 2}, {1, 3}, {2, 3}}
        ASSUME SymDiff({1, 2}, {2, 3}) = {1, 3}
        ASSUME ToSet(<<1, 2, 2>>) = {1, 2}
        ASSUME ToSet(SetToSeq({1, 2, 3})) = {1, 2, 3} /\\ Len(SetToSeq({1, 2, 3})) = 3
        ASSUME Reverse(<<1, 2, 3>>) = <<3, 2, 1>> /\\ Reverse(<<>>) = <<>>
        ASSUME Cons(0, <<1>>) = <<0, 1>> /\\ Front(<<1, 2>>) = <<1>> /\\ Last(<<1, 2>>) = 2
        ASSUME IsPrefix(<<1>>, <<1, 2>>) /\\ ~ IsPrefix(<<2>>, <<1, 2>>) /\\ IsSuffix(<<2>>, <<1, 2>>)
        ASSUME InsertAt(<<1, 3>>, 2, 2) = <<1, 2, 3>> /\\ RemoveAt(<<1, 2, 3>>, 2) = <<1, 3>>
        ASSUME ReplaceAll(<<1, 2, 1>>, 1, 0) = <<0, 2, 0>> /\\ Remove(<<1, 2, 1>>, 1) = <<2>>
        ASSUME FlattenSeq(<<<<1>>, <<>>, <<2, 3>>>>) = <<1, 2, 3>>
        ASSUME Zip(<<1, 2>>, <<"a", "b", "c">>) = <<<<1, "a">>, <<2, "b">>>>
        ASSUME FoldLeft(LAMBDA a, b : a - b, 10, <<1, 2>>) = 7
        ASSUME FoldRight(LAMBDA a, b : a - b, <<5, 2>>, 0) = 3
        ASSUME LongestCommonPrefix({<<1, 2, 3>>, <<1, 2>>, <<1, 2, 4>>}) = <<1, 2>>
        VARIABLE x
        Init == x = 0
        Next == x' = x
        Inv == TRUE
        """;
    Path spec = write(dir, "UsesCommunity", assumptions, CFG);
    CliRun r = CliRun.of("check", spec.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void aWrongCommunityDefinitionWouldFailTheCheck(@TempDir Path dir) throws IOException {
    Path spec =
        write(
            dir,
            "WrongClaim",
            "EXTENDS FiniteSetsExt\nASSUME Max({1, 2}) = 1\nVARIABLE x\nInit == x = 0\nNext == x' = x\nInv == TRUE",
            CFG);
    assertEquals(10, CliRun.of("check", spec.toString()).exit());
  }

  @Test
  void aKeywordTlcDoesNotKnowIsOneLineNamingTheFileAndItsLine(@TempDir Path dir)
      throws IOException {
    Path spec =
        write(
            dir,
            "Later",
            "VARIABLE x\nInit == x = 0\nNext == x' = x\nInv == TRUE\nPost == TRUE",
            CFG + "\\* done\nPOSTCONDITION Post\n");
    CliRun r = CliRun.of("check", spec.toString());
    assertEquals(151, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(
        r.err().contains("Later.cfg:5:1: POSTCONDITION is a keyword of newer TLC versions"),
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMisspeltKeywordIsNamedWithTheKeywordsTlcKnows(@TempDir Path dir) throws IOException {
    Path spec =
        write(
            dir,
            "Typo",
            "VARIABLE x\nInit == x = 0\nNext == x' = x\nInv == TRUE",
            "INIT Init\n  NEXTT Next\n");
    CliRun r = CliRun.of("check", spec.toString());
    assertEquals(151, r.exit(), r.err());
    assertTrue(r.err().contains("Typo.cfg:2:3: unknown keyword NEXTT (TLC 2.18 knows "), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aliasIsSkippedWithOneWarningAndTheCheckProceeds(@TempDir Path dir) throws IOException {
    Path spec =
        write(
            dir,
            "Aliased",
            "EXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x < 3 /\\ x' = x + 1\nInv == x < 2\nShown == [x |-> x]",
            "INIT Init\nALIAS\n  Shown\nNEXT Next\nINVARIANT Inv\n");
    CliRun r = CliRun.of("check", spec.toString());
    assertTrue(
        r.err()
            .contains("admincvq: warning: " + dir.resolve("Aliased.cfg") + ":2: ALIAS skipped: "),
        r.err());
    assertEquals(1, r.err().lines().filter(l -> l.contains("ALIAS")).count(), r.err());
    assertEquals(12, r.exit(), r.err()); // the check ran to its verdict: Inv fails at x = 2
    assertTrue(r.out().contains("Inv"), r.out());
  }
}
