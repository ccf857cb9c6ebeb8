package dev.rehearse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rehearse.RehearseApp;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.CompaniesFixture;
import dev.rehearse.testing.Patience;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company folder added while serving is listed, and can be coached for, without a restart. */
@Tag("integration")
class CompanyFolderAddedTest {

    @TempDir
    Path temp;

    @Test
    void should_list_and_tie_to_a_company_folder_added_while_watching() {
        // given: the shared notes and TheyDo's research, watched
        Path folder = temp.resolve("knowledge");
        CompaniesFixture.copy(BundledKnowledge.FOLDER.resolve("candidate"), folder.resolve("candidate"));
        CompaniesFixture.copy(BundledKnowledge.FOLDER.resolve("company"), folder.resolve("companies/theydo"));
        try (KnowledgeIndex index = KnowledgeIndex.open(folder, temp.resolve("index"), BundledKnowledge.embedder());
             AttemptStore attempts = AttemptStore.inDataDir(temp.resolve("data"))) {
            index.startWatching();
            RehearseService service = RehearseApp.offline(index, attempts);
            assertThat(service.companies().list().companies()).extracting(ApiViews.CompanyEntry::slug).containsExactly("theydo");

            // when
            CompaniesFixture.copy(CompaniesFixture.NORTHWIND, folder.resolve("companies/northwind"));

            // then
            await().atMost(Patience.ofSeconds(10)).untilAsserted(() -> assertThat(service.companies().list().companies())
                    .extracting(ApiViews.CompanyEntry::slug).containsExactly("northwind", "theydo"));
            CompanyTie tie = service.tie(CompanySwitchTest.request("northwind", false)).offline();
            assertThat(tie.company()).isEqualTo("Northwind Freight");
        }
    }
}
