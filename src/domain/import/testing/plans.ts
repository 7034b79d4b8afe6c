/**
 * Plans written for the tests, in the shapes units really use: Party and state headers, two-column
 * headers flattened with tabs, runs of spaces or onto one line, Markdown from Word with "<br>" in
 * layout rows, blanks left to fill in, signatures with and without T/M, a letter (công văn).
 * They are invented (units, people, numbers), so the rules are tested on documents that are not the
 * samples the parser was tuned on.
 */

/** Party header in two columns separated by tabs; T/M BAN THƯỜNG VỤ beside the distribution list. */
export const THANH_UY_TABS = `ĐẢNG BỘ TỈNH LAI CHÂU		ĐẢNG CỘNG SẢN VIỆT NAM
THÀNH ỦY LAI CHÂU
*		TP. Lai Châu, ngày 25 tháng 4 năm 2021
Số 30-KH/ThU

KẾ HOẠCH
tổ chức các hoạt động kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh
(19/5/1890 - 19/5/2021)
-----

Căn cứ Kế hoạch số 45-KH/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy về tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2021;
Ban Thường vụ Thành ủy xây dựng Kế hoạch tổ chức các hoạt động kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Tuyên truyền sâu rộng về thân thế, sự nghiệp của Chủ tịch Hồ Chí Minh.
2. Các hoạt động kỷ niệm phải được tổ chức trang trọng, tiết kiệm.
II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN
1. Nội dung
- Tuyên truyền về cuộc đời, sự nghiệp của Chủ tịch Hồ Chí Minh.
2. Hình thức
- Tuyên truyền trên Đài Truyền thanh - Truyền hình thành phố, Trang thông tin điện tử thành phố.
- Treo cờ Tổ quốc, băng rôn, khẩu hiệu tại trụ sở các cơ quan.
- Tổ chức hội thi tìm hiểu về Bác Hồ trong đoàn viên thanh niên.
3. Khẩu hiệu tuyên truyền
- Nhiệt liệt chào mừng 131 năm Ngày sinh Chủ tịch Hồ Chí Minh vĩ đại!
- Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!
III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Thành ủy
- Chủ trì, phối hợp hướng dẫn tuyên truyền.
2. Văn phòng Thành ủy
- Bảo đảm kinh phí.
3. Ủy ban nhân dân thành phố
- Chỉ đạo các phòng, ban chuyên môn.
4. Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội thành phố
- Tuyên truyền, vận động đoàn viên, hội viên.
5. Các chi bộ, đảng bộ trực thuộc căn cứ Kế hoạch tổ chức thực hiện.

Nơi nhận:			T/M BAN THƯỜNG VỤ
- Ban Tuyên giáo Tỉnh ủy (b/c),			PHÓ BÍ THƯ THƯỜNG TRỰC
- Các đồng chí Thành ủy viên,
- Như mục III,
- Lưu Văn phòng Thành ủy.

					Nguyễn Văn An
`;

/** State header (Nghị định 30): "Số: 15/KH-VHTT", KT. signature. */
export const STATE_PHONG_VHTT = `UBND HUYỆN MƯỜNG TÈ	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA VÀ THÔNG TIN	Độc lập - Tự do - Hạnh phúc
Số: 15/KH-VHTT	Mường Tè, ngày 07 tháng 8 năm 2024

KẾ HOẠCH
Tuyên truyền kỷ niệm 79 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2024) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2024)

Thực hiện Kế hoạch số 120/KH-UBND ngày 25/7/2024 của Ủy ban nhân dân huyện về tổ chức các hoạt động kỷ niệm; Công văn số 1234/UBND-VX ngày 30/7/2024 của UBND huyện, Phòng Văn hóa và Thông tin xây dựng kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
- Tuyên truyền sâu rộng ý nghĩa lịch sử.
II. NỘI DUNG
1. Tuyên truyền trên hệ thống loa truyền thanh các xã, thị trấn; xe thông tin lưu động.
2. Tổ chức triển lãm ảnh, chương trình văn nghệ.
III. TỔ CHỨC THỰC HIỆN
1. Trung tâm Văn hóa - Thể thao huyện: xây dựng chương trình văn nghệ.
2. UBND các xã, thị trấn: treo cờ, băng rôn.

Nơi nhận:
- UBND huyện (b/c);
- Các xã, thị trấn;
- Lưu: VT.
KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG

Lò Văn Bình
`;

/** The whole two-cell header flattened onto one line; sections A, B, C; phases with dates. */
export const ONE_LINE_HEADER = `ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY SỞ TÀI CHÍNH * Số 45-KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Điện Biên, ngày 07/8/2024
KẾ HOẠCH tuyên truyền Đại hội Đảng bộ Sở Tài chính lần thứ IX, nhiệm kỳ 2025 - 2030
Căn cứ Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị; Kế hoạch số 10-KH/ĐUK ngày …/…/2024 của Ban Thường vụ Đảng ủy Khối,
Đảng ủy Sở Tài chính ban hành Kế hoạch như sau:
A. MỤC ĐÍCH YÊU CẦU
Nội dung.
B. NỘI DUNG TUYÊN TRUYỀN
Giai đoạn 1 (từ tháng 01/2025 đến tháng 3/2025): tuyên truyền trước Đại hội.
Giai đoạn 2 (từ 01/4 đến 30/6/2025): tuyên truyền trong Đại hội.
Giai đoạn 3 (sau Đại hội): tuyên truyền kết quả.
C. TỔ CHỨC THỰC HIỆN
- Các chi bộ trực thuộc xây dựng kế hoạch tuyên truyền.
- Giao Văn phòng Đảng ủy theo dõi, tổng hợp.
Nơi nhận: - Ban Tuyên giáo Đảng ủy Khối (b/c); - Các chi bộ; - Lưu VP.
TM. ĐẢNG ỦY
BÍ THƯ
(Đã ký)
Trần Thị Hoa
`;

/** Markdown made from Word: header and signature as table rows with "<br>", a form in a pipe table. */
export const MARKDOWN_FROM_WORD = `| HUYỆN ỦY ĐIỆN BIÊN ĐÔNG<br>**BAN TUYÊN GIÁO**<br>\\* | **ĐẢNG CỘNG SẢN VIỆT NAM** |
|---|---|
| Số: 25 - HD/BTGHU | *Điện Biên Đông, ngày 15 tháng 01 năm 2025* |

# HƯỚNG DẪN

## Tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025) và mừng Xuân Ất Tỵ 2025

Thực hiện Hướng dẫn số 150-HD/BTGTU, ngày 20/12/2024 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền các ngày lễ lớn năm 2025, Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Tuyên truyền sâu sắc truyền thống vẻ vang của Đảng.

**II. NỘI DUNG TUYÊN TRUYỀN**

1. Sự ra đời của Đảng Cộng sản Việt Nam.
2. Kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).

**III. HÌNH THỨC TUYÊN TRUYỀN**

1. Tuyên truyền miệng thông qua đội ngũ báo cáo viên, tuyên truyền viên.
2. Tuyên truyền trên Fanpage, nhóm Zalo của các cơ quan, đơn vị.
3. Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao mừng Đảng, mừng Xuân.

**IV. KHẨU HIỆU TUYÊN TRUYỀN**

1. Nhiệt liệt chào mừng 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)!
2. Đảng Cộng sản Việt Nam quang vinh muôn năm!
3. Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!

**V. TỔ CHỨC THỰC HIỆN**

1. **Đề nghị Ủy ban nhân dân huyện** chỉ đạo Trung tâm Văn hóa, Thể thao và Truyền thông huyện tăng cường thời lượng tuyên truyền.
2. **Các chi, đảng bộ cơ sở**: căn cứ hướng dẫn, tổ chức tuyên truyền phù hợp; báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 10/02/2025.

| **Nơi nhận:**<br>- Ban Tuyên giáo Tỉnh ủy (b/c);<br>- Thường trực Huyện ủy (b/c);<br>- Các chi, đảng bộ cơ sở;<br>- Lưu BTG. | **K/T TRƯỞNG BAN**<br>**PHÓ TRƯỞNG BAN**<br><br><br>**Lò Thị Mai** |
|---|---|

**PHỤ LỤC**

**BIỂU MẪU BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN**

| STT | Nội dung | Số lượng | Ghi chú |
|---|---|---|---|
| 1 | Số buổi tuyên truyền miệng |  |  |
| 2 | Số băng rôn, khẩu hiệu |  |  |
| 3 | Số tin, bài đăng trên trang thông tin điện tử |  |  |
`;

/** A cell (chi bộ) plan laid out with runs of spaces; "1-" numbering; the signature beside the list. */
export const CHI_BO_SPACES = `ĐẢNG BỘ XÃ TÂN PHONG                                  ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN BẢN LANG
          *                                       Tân Phong, ngày …  tháng 01 năm 2026
   Số 03 -KH/CB

                                        KẾ HOẠCH
                     Tuyên truyền, học tập, quán triệt Nghị quyết
              Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
                                       -----

      Thực hiện Kế hoạch số 12-KH/ĐU, ngày 05/02/2026 của Ban Thường vụ Đảng ủy xã Tân Phong về học tập, quán triệt, tuyên truyền Nghị quyết Đại hội XIV của Đảng, Chi bộ thôn Bản Lang xây dựng kế hoạch thực hiện như sau:

I- MỤC ĐÍCH, YÊU CẦU
   1- Giúp đảng viên và nhân dân nắm vững nội dung cơ bản của Nghị quyết.
   2- Việc học tập phải nghiêm túc, thiết thực.
II- NỘI DUNG, HÌNH THỨC
   1- Nội dung: Các văn kiện Đại hội XIV.
   2- Hình thức: Lồng ghép trong sinh hoạt chi bộ định kỳ; phát trên loa truyền thanh thôn; tuyên truyền trên nhóm Zalo của thôn.
   3- Thời gian:
      + Đợt 1: từ ngày 15/02/2026 đến ngày 28/02/2026: học tập cho đảng viên.
      + Đợt 2: trong tháng 3/2026: tuyên truyền trong nhân dân.
III- TỔ CHỨC THỰC HIỆN
   1- Đồng chí Bí thư chi bộ chịu trách nhiệm chung.
   2- Ban công tác Mặt trận, Chi hội Phụ nữ, Chi đoàn thanh niên thôn tuyên truyền đến đoàn viên, hội viên.
   3- Trưởng thôn phối hợp bố trí địa điểm.

 Nơi nhận:                                                   T/M CHI BỘ
 - Đảng ủy xã (b/c);                                          BÍ THƯ
 - Đảng viên trong chi bộ;
 - Lưu chi bộ.                                             (đã ký)

                                                           Hoàng Văn Sử
`;

/** A letter (công văn): "V/v" subject, "Kính gửi", no type name, no sections. */
export const CONG_VAN = `UBND TỈNH LAI CHÂU
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 1234/SVHTTDL-QLVH
V/v tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 10 tháng 3 năm 2025

Kính gửi:
- Phòng Văn hóa - Thông tin các huyện, thành phố;
- Trung tâm Văn hóa - Điện ảnh tỉnh.

Thực hiện Kế hoạch số 456/KH-UBND ngày 01/3/2025 của UBND tỉnh về tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025), Sở Văn hóa, Thể thao và Du lịch đề nghị các đơn vị:
1. Tổ chức treo cờ Tổ quốc, băng rôn, khẩu hiệu; trình chiếu trên màn hình LED.
2. Tổ chức chiếu phim lưu động phục vụ nhân dân.
3. Báo cáo kết quả về Sở trước ngày 10/5/2025.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, QLVH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Thị Lan
`;
