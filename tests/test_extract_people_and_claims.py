"""People, roles, meetings, denials and sanctions in phrasings the other tests do not use, on two
reports written for these tests (english_parade.txt, indonesian_duma.txt). Each test names the
construction it guards."""

from __future__ import annotations

import pytest

from fact_lookup import DATA, facts
from graph.model import Graph
from ingest.pipeline import extract_paths


@pytest.fixture(scope="module")
def parade() -> Graph:
    return extract_paths([DATA / "english_parade.txt", DATA / "indonesian_duma.txt"]).graph


def test_deputies_hold_roles_while_general_secretaries_and_speakers_lead(parade: Graph) -> None:
    assert facts(parade, "HOLDS_ROLE", "person:zhao-leji") and not facts(parade, "LEADS", "person:zhao-leji")
    # "Lao People's Revolutionary Party": a possessive inside a name keeps it whole
    assert facts(parade, "LEADS", "person:thongloun-sisoulith", "organization:lao-people-s-revolutionary-party")
    assert facts(parade, "LEADS", "person:lee-chang-ho", "organization:national-assembly")  # "… Speaker Lee"
    # "Ketua Majelis Federasi Rusia Valentina Matviyenko": the body ends at its state
    assert facts(parade, "LEADS", "person:valentina-matviyenko", "organization:federation-council")
    assert facts(parade, "MET_WITH", "person:kim-jong-un", "person:valentina-matviyenko")


def test_a_rank_is_no_part_of_a_name(parade: Graph) -> None:
    assert facts(parade, "HOLDS_ROLE", "person:park-dae-sung", "organization:south-korea-joint-chiefs-of-staff")
    assert not [e for e in parade.entities if e.id.startswith("person:col-")]


def test_sources_speakers_channels_and_enemies_take_no_part_in_a_transfer(parade: Graph) -> None:
    supplies = facts(parade, "SUPPLIES")
    # "Menurut Badan Intelijen Pertahanan Korea Selatan, Korut telah mengirim …"
    # ("Pengiriman minyak dari Rusia disebut melampaui kuota …": the oil goes the other way)
    assert {(f.subject, f.object) for f in supplies if f.modality == "asserted"} == {
        ("state:north-korea", "state:russia"), ("state:russia", "state:north-korea")}
    oil = facts(parade, "SUPPLIES", "state:russia", "state:north-korea")
    assert oil[0].attrs["item"] == ["commodity:oil"]
    # "Pyongyang, lewat kantor berita KCNA, membantah telah menjual rudal": the state denies
    denied = [f for f in supplies if f.modality == "denied"]
    assert ("state:north-korea", "state:russia") in [(f.subject, f.object) for f in denied]
    assert not facts(parade, "SUPPLIES", "organization:kcna")
    # "help Russian forces drive Ukrainian troops from the border region"
    assert not facts(parade, "SUPPLIES", "state:ukraine")
    # "… cover against sanctions," said Jeon Hye-rim, a fellow at …
    assert not facts(parade, "SANCTIONS", obj="person:jeon-hye-rim")
    assert facts(parade, "AFFILIATED_WITH", "person:jeon-hye-rim")


def test_the_guests_of_an_invitation_visit_not_its_host(parade: Graph) -> None:
    # "Matviyenko juga mengundang delegasi Majelis Rakyat Tertinggi berkunjung ke Moskow"
    assert facts(parade, "INVITED", "person:valentina-matviyenko", "organization:supreme-peoples-assembly")
    assert not facts(parade, "VISITED", "person:valentina-matviyenko", "place:moscow")


def test_a_war_waged_by_the_subject_of_a_relative_clause_is_dated_by_what_follows_it(parade: Graph) -> None:
    # "Russia, which began its full-scale invasion of Ukraine in February 2022, … on Saturday"
    war = facts(parade, "AT_WAR_WITH", "state:russia", "state:ukraine")
    assert war and war[0].date is not None and war[0].date.value == "2022-02"


def test_a_nuclear_test_is_its_state_testing_a_nuclear_weapon(parade: Graph) -> None:
    # "North Korea, which carried out its sixth nuclear test in September 2017";
    # "Korut melakukan uji coba nuklir keenam pada September 2017"
    tested = facts(parade, "TESTED", "state:north-korea", "weapon:nuclear-weapon")
    assert tested and len(tested[0].evidence) == 2 and tested[0].date is not None
    assert tested[0].date.value == "2017-09"


def test_bodies_a_state_is_under_and_limits_a_resolution_sets_are_sanctions(parade: Graph) -> None:
    unsc = "organization:united-nations-security-council"
    assert facts(parade, "SANCTIONS", unsc, "state:north-korea")  # "under U.N. Security Council sanctions"
    # "kuota minyak olahan yang ditetapkan Resolusi 2397"
    assert [f for f in facts(parade, "SANCTIONS", unsc) if f.attrs.get("resolution") == "resolution:unsc-2397"]


def test_a_former_leader_now_holds_a_past_role_and_an_envoy_serves_the_state_that_sends_him(parade: Graph) -> None:
    assert not facts(parade, "LEADS", "person:mikhail-fradkov")
    role = facts(parade, "HOLDS_ROLE", "person:mikhail-fradkov", "state:russia")
    assert role and role[0].attrs["role"] == "Former Prime Minister"
    assert facts(parade, "HOLDS_ROLE", "person:fu-cong", "state:china")  # "China's U.N. Ambassador Fu Cong"
    # the year of the relative clause dates the test, not the sanctions
    under = [f for f in facts(parade, "SANCTIONS", "organization:united-nations-security-council", "state:north-korea")
             if any("remains under" in e.quote for e in f.evidence)]
    assert under and under[0].date is None and "resolution" not in under[0].attrs


def test_a_denial_by_both_sides_answers_the_claims_between_them_of_what_it_names(parade: Graph) -> None:
    # "Korea Utara juga dituding memasok peluru artileri …" … two sentences on …
    # "Moskwa dan Pyongyang sama-sama membantah tuduhan jual beli senjata itu."
    denied = [f for f in facts(parade, "SUPPLIES", "state:north-korea", "state:russia") if f.modality == "denied"]
    both = [ev for f in denied for ev in f.evidence if "sama-sama membantah" in ev.quote]
    assert both and set(both[0].items) == {"weapon:artillery-shell"}  # the claim's weapon, not its troops
    # and not a transfer the other way, which nothing claimed
    assert not [ev for f in facts(parade, "SUPPLIES", "state:russia", "state:north-korea") for ev in f.evidence
                if "sama-sama membantah" in ev.quote]


def test_a_visit_told_by_a_possessive_or_a_relative_clause_has_its_visitor(parade: Graph) -> None:
    # "Thongloun Sisoulith, who arrived in Pyongyang on Thursday, laid …"
    assert facts(parade, "VISITED", "person:thongloun-sisoulith", "place:pyongyang")
    # "Kim Jong Un's visit to Vladivostok in April 2019"
    visit = facts(parade, "VISITED", "person:kim-jong-un", "place:vladivostok")
    assert visit and visit[0].date is not None and visit[0].date.value == "2019-04"


def test_indonesian_experts_before_and_after_their_institutions(parade: Graph) -> None:
    # "Guru Besar Hubungan Internasional Universitas Airlangga (Unair) Budi Santoso berpendapat"
    assert facts(parade, "AFFILIATED_WITH", "person:budi-santoso", "organization:airlangga-university")
    # "Pengamat militer dari Universitas Jember, Rina Wulandari, menilai"
    assert facts(parade, "AFFILIATED_WITH", "person:rina-wulandari", "organization:jember-university")
    # "Dosen Universitas Indonesia (UI) Siti Aminah": a state's name makes "University of …"
    assert facts(parade, "AFFILIATED_WITH", "person:siti-aminah", "organization:university-of-indonesia")
    # "Arief Rahman, pendiri lembaga kajian Lingkar Strategis, menilai": a think tank, not a person
    assert facts(parade, "FOUNDED", "person:arief-rahman", "organization:lingkar-strategis")
    assert not [e for e in parade.entities if e.id == "person:lingkar-strategis"]


def test_greeters_listed_around_an_apposition_each_meet_the_guest(parade: Graph) -> None:
    met = {tuple(sorted((f.subject, f.object))) for f in facts(parade, "MET_WITH")}
    choe = "person:choe-son-hui"
    # "greeted … by Andrei Rudenko, a deputy foreign minister, and Tatarstan Governor Rustam Minnikhanov"
    assert tuple(sorted((choe, "person:andrei-rudenko"))) in met
    assert tuple(sorted((choe, "person:rustam-minnikhanov"))) in met
    # "Deputy Prime Minister Alexander Novak and Yuri Ushakov, a Kremlin aide, later welcomed her"
    assert tuple(sorted((choe, "person:alexander-novak"))) in met
    assert tuple(sorted((choe, "person:yuri-ushakov"))) in met
    assert not [e for e in parade.entities if e.type == "Person" and e.name in ("Far East", "Tatarstan Governor")]


def test_a_transfer_its_supplier_says_never_happened_is_denied_but_a_pledge_is_no_fact(parade: Graph) -> None:
    # '"Rusia tidak pernah memasok rudal kepada Korut," kata juru bicara Kremlin Dmitry Peskov'
    denied = [f for f in facts(parade, "SUPPLIES", "state:russia", "state:north-korea") if f.modality == "denied"]
    assert denied and (denied[0].attributed_to == "person:dmitry-peskov"
                       or "person:dmitry-peskov" in denied[0].attrs.get("attributions", []))
    # "Korut berjanji untuk tidak menjual senjata kepada Iran"
    assert not facts(parade, "SUPPLIES", obj="state:iran")
    # "Menurut dokumen itu, Korut juga mengirim meriam swagerak Koksan ke Rusia": the document is no speaker
    koksan = [f for f in facts(parade, "SUPPLIES", "state:north-korea", "state:russia")
              if "weapon:koksan-howitzer" in f.attrs["item"]]
    assert koksan and "inferred_endpoint" not in koksan[0].attrs


def test_another_kim_is_another_person_and_a_missile_fired_at_a_city_is_no_test(parade: Graph) -> None:
    # "including Kim Sung Nam and Russian firm Tigris LLC" after Kim Jong Un was named
    assert facts(parade, "SANCTIONS", "state:south-korea", "person:kim-sung-nam")
    assert not facts(parade, "SANCTIONS", obj="person:kim-jong-un")
    # "Kyiv says Russia fired North Korean KN-23 missiles at Kharkiv"
    assert not facts(parade, "TESTED", "state:russia")
    # "Bila perang pecah di Semenanjung Korea, Moskwa bisa ikut campur": a clause, not an address
    assert not facts(parade, "LOCATED_IN", "place:korean-peninsula")


def test_successors_second_meetings_and_portfolios(parade: Graph) -> None:
    # "Andrei Belousov, penerus Shoigu di Kementerian Pertahanan"
    assert facts(parade, "SUCCEEDED", "person:andrey-belousov", "person:sergei-shoigu")
    assert not facts(parade, "SUCCEEDED", "person:sergei-shoigu")
    # "Novak met Choe Son Hui in Moscow and held talks with her deputy, Kim Jong Gyu"
    met = {tuple(sorted((f.subject, f.object))) for f in facts(parade, "MET_WITH")}
    assert ("person:alexander-novak", "person:kim-jong-gyu") in met
    assert ("person:choe-son-hui", "person:kim-jong-gyu") not in met
    # "Menteri Pembangunan Ekonomi Rusia Maxim Reshetnikov bertemu Choe Son Hui"
    assert facts(parade, "HOLDS_ROLE", "person:maxim-reshetnikov", "state:russia")
    assert not [e for e in parade.entities if e.id == "person:pembangunan-ekonomi"]


def test_people_a_sanctions_list_adds_or_a_blacklisting_names_are_each_targets(parade: Graph) -> None:
    eu = "organization:european-union"
    # "the EU added Pak Chol Min, a logistics officer, and Jo Song Il, …, to its sanctions list"
    assert facts(parade, "SANCTIONS", eu, "person:pak-chol-min") and facts(parade, "SANCTIONS", eu, "person:jo-song-il")
    # "Britain on Friday blacklisted Transport Minister Ri Tae Song and Han Kwang Il, a shipping official"
    targets = {f.object for f in facts(parade, "SANCTIONS") if "blacklisted" in f.evidence[0].quote}
    assert {"person:ri-tae-song", "person:han-kwang-il"} <= targets


def test_the_head_of_a_bureau_leads_it_and_the_bureau_is_part_of_its_army(parade: Graph) -> None:
    # "Jong Kyong Thaek, head of the General Political Bureau of the KPA"
    bureau = "organization:general-political-bureau"
    assert facts(parade, "LEADS", "person:jong-kyong-thaek", bureau)
    assert facts(parade, "PART_OF", bureau, "organization:korean-peoples-army")


def test_a_government_that_will_coordinate_with_partners_plans_cooperation(parade: Graph) -> None:
    # "Penny Wong mengatakan pemerintahnya akan berkoordinasi dengan Jepang dan Korea Selatan"
    pairs = {tuple(sorted((f.subject, f.object))): f.modality for f in facts(parade, "COOPERATES_WITH")}
    assert pairs.get(("state:australia", "state:japan")) == "planned"
    assert pairs.get(("state:australia", "state:south-korea")) == "planned"
