#!/usr/bin/env bash
# Regenerates the sample project projects/october-1917 from the corpus in
# ../shared/corpus/october-1917 with Crux's own importer. The output is
# byte-identical on every run (SOURCE_DATE_EPOCH and CRUX_USER are fixed), so
# the committed copy can be checked against it (tests/cli/sample_project_test.sh).
#
#   scripts/make-sample-project.sh [CRUX_BINARY] [OUTPUT_DIR] [SHARED_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
crux=${1:-$root/build/app/cli/crux}
out=${2:-$root/projects/october-1917}
shared=${3:-${CRUX_SHARED_DIR:-$root/../shared}}
corpus=$shared/corpus/october-1917
[ -x "$crux" ] || { echo "make-sample-project.sh: no crux binary at $crux (build first)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "make-sample-project.sh: corpus not found at $corpus" >&2; exit 2; }

export SOURCE_DATE_EPOCH=1510099200   # 2017-11-08: the centenary, for reproducible output
export CRUX_USER="Crux sample project"
rm -rf "$out"
"$crux" init "$out" --title "October 1917" \
  --description "Five accounts of the October Revolution in English and Vietnamese, as a seminar on source criticism would gather them: an encyclopedia entry machine-translated from Chinese, school revision notes, a Trotskyist newspaper article, a Marxist article on 1918 and a Vietnamese history narrative."

imp() { "$crux" import "$out" "$@" >/dev/null; }
imp "$corpus/encyclopedia-october-revolution.en.txt" --title "October Revolution (encyclopedia entry)" \
  --type tertiary --perspective "official PRC/Soviet narrative" --distance later \
  --reliability "Machine-translated from Chinese; one paragraph sets the Soviet official account against post-1991 research."
imp "$corpus/revision-notes-october-november.en.txt" --title "The October / November Revolution (revision notes)" \
  --type tertiary --perspective "Western textbook" --distance later --audience "school pupils revising for exams"
imp "$corpus/socialist-lessons-1917.en.txt" --title "Lessons from history: 1917" --author "Clare Doyle" \
  --date 2014-10-29 --type secondary --perspective "Trotskyist" --distance later \
  --provenance "The Socialist newspaper, 29 October 2014" --audience "readers of The Socialist"
imp "$corpus/nam-1918-cach-mang-nga.vi.txt" --title "Năm 1918: năm đầu tiên của cách mạng Nga" --author "Derek Gunby" \
  --type secondary --perspective "Marxist" --distance later --reliability "Translated into Vietnamese."
imp "$corpus/cach-mang-1917-lich-su.vi.txt" --title "Cách mạng 1917 (lịch sử 1914–1921)" \
  --type secondary --perspective "non-Soviet, critical of Stalin" --distance later \
  --reliability "OCR errors (nlnrng, lnrởng); French spellings of names (Lénine, Kérensky, Pétrograd)."

# The demo layer: claims across all five sources and the links between them,
# including the disagreements named in the corpus README.
"$crux" layer new "$out" demo --name "Demo: October 1917" --colour "#d62728" \
  --description "Claims and links a seminar would make first: who defended the Winter Palace, what the Aurora fired, how Kerensky escaped, and which calendar dates the night." >/dev/null
E=encyclopedia-october-revolution-en R=revision-notes-october-november-en S=socialist-lessons-1917-en
C=cach-mang-1917-lich-su-vi N=nam-1918-cach-mang-nga-vi
ann() { local src=$1; shift; "$crux" annotate "$out" --layer demo --source "$src" "$@"; }
lnk() { "$crux" link "$out" --layer demo --from "$1" --to "$2" --type "$3" --note "$4" --cert "${5:-medium}" >/dev/null; }

e1=$(ann $E --type date --quote "On October 25, 1917 (November 7, 1917 AD)" --prop "time=October 25, 1917 (November 7, 1917 AD)" --prop when=1917-11-07 --prop calendar=julian --prop when-julian=1917-10-25 --cert high)
e2=$(ann $E --type forces --quote "Soviet 10000 navy, 20000 - 30000 army" --prop actor=Soviet --prop quantity=20000-30000 --prop unit=soldiers --note "Infobox line: army only; the navy adds 10000.")
e3=$(ann $E --type forces --quote "1500 – 2000 members of the Russian Interim Government" --prop "actor=Provisional Government" --prop quantity=1500-2000 --prop unit=defenders)
e4=$(ann $E --type casualties --quote "Few Soviet casualties" --prop actor=Soviet)
e5=$(ann $E --type event --quote "bombarded the Winter Palace with guns, and there were fierce armed conflicts in the Winter Palace" --prop "attribution=according to Soviet official accounts" --prop "place=Winter Palace" --cert low)
e6=$(ann $E --type event --quote "there was no armed conflict near the Winter Palace that night" --prop "attribution=post-1991 research" --prop "place=Winter Palace" --cert high)
e7=$(ann $E --type forces --quote "There was only one women's camp and one sergeant student camp guarding the Winter Palace" --prop "attribution=post-1991 research" --prop "actor=Women's Battalion" --prop "actor=cadets")
e8=$(ann $E --type event --quote "Cruiser Aurora Overhaul in progress, no ammunition loading and no personnel" --prop actor=Aurora --prop "attribution=post-1991 research")
e9=$(ann $E --type event --quote "only made a few shots at the Winter Palace blank cartridge" --prop actor=Aurora --prop actor=Bereshev)
e10=$(ann $E --type event --quote "Kerensky Sit in America embassy Our car ran away in a panic" --prop actor=Kerensky --note "Machine translation: Kerensky fled in a car of the American embassy.")
e11=$(ann $E --type forces --quote "more than 2000 military officers and non commissioned officers continued to occupy the Winter Palace" --prop "actor=Provisional Government" --prop "quantity=>2000" --prop unit=officers --cert low)
e12=$(ann $E --type event --quote "Cruiser Aphoral The artillery fired and sent out the signal of general attack" --prop actor=Aurora --note "Aphoral is the machine translation's Aurora.")
e13=$(ann $E --type event --quote "launched a fierce battle with non commissioned officers and students" --prop "place=Winter Palace")
e14=$(ann $E --type date --quote "At 1:50 a.m. on November 8, 1917" --prop "time=1:50 a.m. on November 8, 1917" --prop when=1917-11-08 --prop calendar=gregorian)
e15=$(ann $E --type forces --quote "more than 200000 revolutionary soldiers and uprising workers" --prop "quantity=>200000" --prop unit=insurgents)
e16=$(ann $E --type evaluation --quote "The uprising \"won without a drop of blood.\"" --prop "attribution=Petrograd Military Revolutionary Committee")

r1=$(ann $R --type event --quote "Red Guards and Kronstadt sailors stormed the Winter Palace on the 25th October" --prop "actor=Red Guards" --prop "actor=Kronstadt sailors" --prop "time=the 25th October" --prop when=1917-11-07 --prop calendar=julian --prop when-julian=1917-10-25)
r2=$(ann $R --type event --quote "Aurora (a cruiser harboured nearby) fired blank shots to signal the start of the attack" --prop actor=Aurora --cert medium)
r3=$(ann $R --type forces --quote "Kerensky had only a small number of cadets to defend him" --prop actor=Kerensky --prop actor=cadets --prop qualifier=few)
r4=$(ann $R --type event --quote "Kerensky escaped and fled" --prop actor=Kerensky)
r5=$(ann $R --type date --quote "Lenin returned on the night of the 24-25 October" --prop actor=Lenin --prop "time=the night of the 24-25 October" --prop calendar=julian)
r6=$(ann $R --type evaluation --quote "SRs and Mensheviks (correctly) claimed that the Bolsheviks had not sought the consent of the other revolutionary parties" --note "The notes take sides: '(correctly)'.")

s1=$(ann $S --type date --quote "The October revolution (7-8 November in the modern calendar)" --prop "time=7-8 November in the modern calendar" --prop when=1917-11-07 --prop calendar=gregorian --cert high)
s2=$(ann $S --type event --quote "By morning Kerensky had fled and the Red Guards had taken over the Winter Palace" --prop actor=Kerensky --prop "actor=Red Guards")
s3=$(ann $S --type date --quote "The insurrection began on 24 October" --prop "time=24 October" --prop when=1917-11-06 --prop calendar=julian --prop when-julian=1917-10-24)
s4=$(ann $S --type evaluation --quote "was the greatest event in human history" --note "The article's standpoint, stated in its first sentence.")
s5=$(ann $S --type attribution --quote "set up the Petrograd Military Revolutionary Committee that would lead the October insurrection" --prop actor=Bolsheviks)

c1=$(ann $C --type forces --quote "Điện Mùa đông chỉ được bảo vệ bằng mấy trung đội các học sinh sĩ quan cùng một ít lính kỵ Cosaques" --prop "actor=officer cadets" --prop actor=Cossacks --prop qualifier=few --note "Defenders: a few platoons of officer cadets and some Cossacks.")
c2=$(ann $C --type event --quote "những khẩu thần công của pháo đài Pierre et Paul bắt đầu nhả đạn" --prop "actor=Peter and Paul Fortress")
c3=$(ann $C --type event --quote "Họ bắn về phía điện Mùa đông, nhưng bắn chỉ thiên đe doạ" --prop "actor=Peter and Paul Fortress" --note "They fired towards the Winter Palace, but into the sky, as a threat.")
c4=$(ann $C --type event --quote "Các đơn vị bảo vệ điện Mùa đông không có vẻ gì muốn kháng cự" --note "The defenders showed no wish to resist.")
c5=$(ann $C --type date --quote "Chừng 2 giờ khuya, Ovséenko dẫn một tiểu đội hộ tống" --prop actor=Antonov-Ovseenko --prop "time=about 2 a.m.")
c6=$(ann $C --type event --quote "Kérensky không có mặt" --prop actor=Kerensky --note "Kerensky was not in the palace that night.")
c7=$(ann $C --type quantity --quote "Đại hội Sô viết toàn quốc khai mạc: 650 đại biểu" --prop quantity=650 --prop unit=delegates)

n1=$(ann $N --type event --quote "trốn thoát khỏi Petrograd bằng cách cải trang" --prop actor=Kerensky --note "Kerensky left Petrograd in disguise.")
n2=$(ann $N --type forces --quote "Anh lên đường với 700 lính Cossacks" --prop actor=Krasnov --prop quantity=700 --prop unit=Cossacks)
n3=$(ann $N --type forces --quote "số lượng đã lên tới 200.000" --prop "actor=Red Guards" --prop quantity=200000 --prop unit="Red Guards" --note "200.000 written the Vietnamese way: two hundred thousand.")
n4=$(ann $N --type event --quote "ở Tallin, Estonia, Soviet đã giành được chính quyền trước 2 ngày so với cuộc cách mạng ở Petrograd" --prop place=Tallinn)
n5=$(ann $N --type casualties --quote "dẫn tới sự mất mát của 400 sinh mạng" --prop place=Moscow --prop quantity=400 --prop unit=dead)
n6=$(ann $N --type evaluation --quote "Sự kháng cự từ các lực lượng Chính phủ lâm thời hoặc từ các lực lượng giai cấp thù địch, ban đầu, là rất yếu")

lnk "$e5" "$e6" contradicts "Soviet official account against post-1991 research: fierce fighting, or none at all?" high
lnk "$e11" "$r3" contradicts "More than 2000 officers against only a small number of cadets." high
lnk "$e11" "$c1" contradicts "More than 2000 officers against a few platoons of officer cadets and some Cossacks." high
lnk "$r3" "$c1" corroborates "Both: a small force of cadets." medium
lnk "$e7" "$c1" corroborates "Women's battalion and cadets; platoons of cadets and Cossacks." medium
lnk "$e12" "$r2" contradicts "The Aurora's artillery signals the attack, against blank shots only." high
lnk "$r2" "$e9" corroborates "Blank shots, in the notes and in the post-1991 research." high
lnk "$e8" "$e12" contradicts "No ammunition on board, against artillery fire." medium
lnk "$e13" "$c4" contradicts "A fierce battle on the stairs, against defenders with no wish to resist." high
lnk "$e6" "$c4" corroborates "No armed conflict; no resistance." medium
lnk "$e1" "$s1" same-event "25 October (Julian) is 7 November (Gregorian): the same night in two calendars." high
lnk "$r1" "$s1" same-event "The 25th October of the notes is the 7-8 November of the article." high
lnk "$e10" "$n1" contradicts "In a car of the American embassy, or in disguise?" medium
lnk "$r4" "$e10" qualifies "The notes only say he escaped; the encyclopedia says how." low
lnk "$s2" "$r4" corroborates "Kerensky had fled by morning." medium
lnk "$c6" "$s2" corroborates "Kerensky was not in the palace when it was taken." medium
lnk "$n5" "$e16" qualifies "Bloodless in Petrograd, perhaps; in Moscow 400 died." medium
lnk "$c3" "$e12" contradicts "Shots into the sky from the fortress, against the cruiser's artillery signal." low
echo "make-sample-project.sh: wrote $out" >&2
