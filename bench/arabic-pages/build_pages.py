#!/usr/bin/env python3
"""Writes the blind Arabic evaluation pages: NAME.html, NAME.expected.txt, NAME.expected.json.

Each page's body paragraphs are written once below and used twice: spliced into the page's
HTML (between the furniture a real site puts there) and joined one per line into the
expected text, so the two cannot drift apart. Run from anywhere: python3 build_pages.py
"""
import html as H
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


def esc(s):
    return H.escape(s, quote=False)


def write(name, html_text, body, meta, encoding='utf-8'):
    data = html_text.encode(encoding, errors='xmlcharrefreplace' if encoding != 'utf-8' else 'strict')
    with open(os.path.join(HERE, name + '.html'), 'wb') as f:
        f.write(data)
    with open(os.path.join(HERE, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(body) + '\n')
    keys = ['title', 'published', 'author', 'siteName', 'canonicalUrl', 'language']
    assert set(meta) == set(keys), name
    with open(os.path.join(HERE, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump({k: meta[k] for k in keys}, f, ensure_ascii=False, indent=2)
        f.write('\n')


def ps(items, heading_tag='h2', heading_prefix='## '):
    """Paragraph list → <p> markup; items starting with '## ' are in-article subheadings."""
    out = []
    for it in items:
        if it.startswith(heading_prefix):
            out.append(f'<{heading_tag}>{esc(it[len(heading_prefix):])}</{heading_tag}>')
        else:
            out.append(f'<p>{esc(it)}</p>')
    return out


def plain(items):
    return [it[3:] if it.startswith('## ') else it for it in items]


# 1 ─ Al Arabiya style: custom CMS, UTF-8, JSON-LD NewsArticle inside @graph with the whole
#     articleBody, Open Graph with a UTC time, meta author, canonical, a subheading, a related-links
#     block and an embedded tweet inside the body.
@page
def alarabiya_gulf_datacenters():
    title = 'صناديق خليجية تضخ 12 مليار دولار في مراكز بيانات الذكاء الاصطناعي خلال 2025'
    body = [
        'أعلنت مجموعة من الصناديق السيادية والشركات الخليجية، اليوم الثلاثاء، عن خطط لضخ استثمارات تصل إلى 12 مليار دولار في بناء مراكز بيانات مخصصة للذكاء الاصطناعي في دول مجلس التعاون خلال العام الجاري، في خطوة تهدف إلى توطين القدرات الحاسوبية التي تحتاجها النماذج اللغوية الكبيرة.',
        'وقال مسؤولون مطلعون على الخطط لـ«العربية Business» إن الجزء الأكبر من هذه الاستثمارات سيذهب إلى شراء رقائق معالجة رسومية متقدمة من إنفيديا وإيه إم دي، إلى جانب أنظمة التبريد بالسوائل التي باتت ضرورية لتشغيل الخوادم عالية الكثافة في المناخ الحار.',
        'وتأتي هذه الخطوة بعد أسابيع من تشديد الإدارة الأميركية القيود على تصدير الرقائق المتطورة، إذ قسمت القواعد الجديدة دول العالم إلى ثلاث فئات، ووضعت معظم دول الخليج في الفئة الثانية التي تخضع صادرات الرقائق إليها لسقوف كمية وتراخيص مسبقة.',
        '## سباق على الطاقة والأرض',
        'ويرى محللون أن المنطقة تملك ميزة تنافسية واضحة في أسعار الطاقة وتوافر الأراضي، وهما عاملان أصبحا يحددان موقع مراكز البيانات الجديدة بعد أن تجاوز استهلاك بعض المجمعات الحاسوبية في الولايات المتحدة 500 ميغاواط للموقع الواحد.',
        'وقال الشريك في إحدى شركات الاستشارات الإقليمية، فيصل الدوسري، إن «المعادلة تغيرت: لم يعد السؤال أين يوجد المهندسون، بل أين توجد الكهرباء الرخيصة والمستقرة»، مضيفاً أن كلفة الميغاواط في الخليج تقل بنحو 40% عن متوسطها في أوروبا.',
        'في المقابل، يحذر خبراء من أن الاعتماد على رقائق أميركية يجعل هذه المشاريع رهينة لقرارات التصدير في واشنطن، وهو ما دفع بعض المستثمرين إلى دراسة شراكات مع شركات ناشئة تصمم رقائق استدلال أقل كلفة.',
        '## نماذج عربية على بنية محلية',
        'وتسعى الجهات المستثمرة إلى استخدام جزء من القدرة الحاسوبية الجديدة لتدريب نماذج لغوية عربية، بعد أن أظهرت تجارب سابقة أن النماذج العالمية ما زالت تخطئ في فهم اللهجات والسياق الثقافي للمنطقة.',
        'وبحسب تقديرات شركة أبحاث السوق «آي دي سي»، من المتوقع أن يرتفع إنفاق دول الشرق الأوسط وأفريقيا على الذكاء الاصطناعي إلى 14.6 مليار دولار بحلول عام 2027، بمعدل نمو سنوي مركب يتجاوز 35%.',
        'ولم تكشف الصناديق عن الجدول الزمني التفصيلي لتشغيل المراكز، لكن مصادر قالت إن المرحلة الأولى بقدرة 200 ميغاواط قد تدخل الخدمة قبل نهاية الربع الرابع من العام.',
    ]
    text_body = '\n'.join(plain(body))
    ld = {
        '@context': 'https://schema.org',
        '@graph': [
            {'@type': 'WebSite', '@id': 'https://www.alarabiya.net/#website', 'name': 'العربية',
             'url': 'https://www.alarabiya.net/'},
            {'@type': 'BreadcrumbList', 'itemListElement': [
                {'@type': 'ListItem', 'position': 1, 'name': 'الرئيسية', 'item': 'https://www.alarabiya.net/'},
                {'@type': 'ListItem', 'position': 2, 'name': 'أسواق', 'item': 'https://www.alarabiya.net/aswaq'},
                {'@type': 'ListItem', 'position': 3, 'name': 'تكنولوجيا', 'item': 'https://www.alarabiya.net/aswaq/technology'}]},
            {'@type': 'NewsArticle',
             'mainEntityOfPage': {'@type': 'WebPage', '@id': 'https://www.alarabiya.net/aswaq/technology/2025/01/28/gulf-funds-ai-data-centers'},
             'headline': title,
             'description': 'صناديق سيادية وشركات خليجية تخطط لاستثمار 12 مليار دولار في مراكز بيانات للذكاء الاصطناعي',
             'image': {'@type': 'ImageObject', 'url': 'https://vid.alarabiya.net/images/2025/01/28/a1b2c3d4.jpg', 'width': 1200, 'height': 675},
             'datePublished': '2025-01-28T10:45:00+04:00',
             'dateModified': '2025-01-28T13:02:00+04:00',
             'author': {'@type': 'Person', 'name': 'رنا الخطيب', 'url': 'https://www.alarabiya.net/author/rana-alkhatib'},
             'publisher': {'@type': 'Organization', 'name': 'العربية',
                           'logo': {'@type': 'ImageObject', 'url': 'https://www.alarabiya.net/logo.png'}},
             'inLanguage': 'ar',
             'articleSection': 'تكنولوجيا',
             'articleBody': text_body}]}
    paras = ps(body)
    related = '''<div class="related-inline" data-widget="read-also">
        <span class="related-inline__label">اقرأ أيضاً</span>
        <ul>
          <li><a href="/aswaq/technology/2025/01/20/nvidia-export-rules">قواعد أميركية جديدة تقسم العالم إلى ثلاث فئات لتصدير الرقائق</a></li>
          <li><a href="/aswaq/technology/2025/01/15/saudi-ai-fund">السعودية تدرس إنشاء صندوق بقيمة 40 مليار دولار للاستثمار في الذكاء الاصطناعي</a></li>
        </ul>
      </div>'''
    tweet = '''<div class="embed embed--twitter"><blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">الطلب على القدرة الحاسوبية في المنطقة يتضاعف كل عام تقريباً، ومراكز البيانات الجديدة ستحدد من يقود المرحلة المقبلة <a href="https://t.co/Xk29aLq">pic.twitter.com/Xk29aLq</a></p>&mdash; Gulf Tech Watch (@GulfTechWatch) <a href="https://twitter.com/GulfTechWatch/status/1884200011223344556">January 28, 2025</a></blockquote></div>
      <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'''
    figure = '''<figure class="article-image">
        <img src="https://vid.alarabiya.net/images/2025/01/28/a1b2c3d4.jpg" alt="مركز بيانات" width="860" height="484" loading="lazy">
        <figcaption>خوادم داخل مركز بيانات في دبي - أرشيفية (رويترز)</figcaption>
      </figure>'''
    ad = '<div class="ad-slot ad-slot--inread" id="div-gpt-ad-inread-1"><span class="ad-label">إعلان</span><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inread-1");});</script></div>'
    article_inner = '\n      '.join([figure, paras[0], paras[1], ad, paras[2], related] + paras[3:6] + [tweet] + paras[6:])
    html = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | العربية</title>
<meta name="description" content="صناديق سيادية وشركات خليجية تخطط لاستثمار 12 مليار دولار في مراكز بيانات للذكاء الاصطناعي">
<meta name="author" content="رنا الخطيب">
<meta name="keywords" content="الذكاء الاصطناعي, مراكز البيانات, إنفيديا, الخليج">
<link rel="canonical" href="https://www.alarabiya.net/aswaq/technology/2025/01/28/gulf-funds-ai-data-centers">
<link rel="amphtml" href="https://www.alarabiya.net/amp/aswaq/technology/2025/01/28/gulf-funds-ai-data-centers">
<meta property="og:type" content="article">
<meta property="og:site_name" content="العربية">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="صناديق سيادية وشركات خليجية تخطط لاستثمار 12 مليار دولار في مراكز بيانات للذكاء الاصطناعي">
<meta property="og:url" content="https://www.alarabiya.net/aswaq/technology/2025/01/28/gulf-funds-ai-data-centers">
<meta property="og:image" content="https://vid.alarabiya.net/images/2025/01/28/a1b2c3d4.jpg">
<meta property="og:locale" content="ar_AR">
<meta property="article:published_time" content="2025-01-28T06:45:00Z">
<meta property="article:modified_time" content="2025-01-28T09:02:00Z">
<meta property="article:section" content="تكنولوجيا">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AlArabiya">
<link rel="preload" href="/fonts/NotoKufiArabic.woff2" as="font" type="font/woff2" crossorigin>
<style>body{{font-family:"Noto Kufi Arabic",Tahoma,sans-serif;margin:0}}.ticker{{background:#c00;color:#fff;overflow:hidden;white-space:nowrap}}.ad-slot{{min-height:250px;text-align:center}}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","section":"aswaq","articleId":"2025-01-28-gulf-funds"}});</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="page-article">
<div id="cookie-consent" class="cookie-banner" role="dialog">
  <p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزوار. بمتابعتك التصفح فإنك توافق على <a href="/privacy">سياسة الخصوصية</a>.</p>
  <button type="button" class="cookie-banner__accept">موافق</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/logo.svg" alt="العربية"></a>
  <nav class="main-nav" aria-label="القائمة الرئيسية">
    <ul>
      <li><a href="/">الرئيسية</a></li><li><a href="/arab-and-world">العرب والعالم</a></li><li><a href="/aswaq">أسواق</a></li>
      <li><a href="/aswaq/technology">تكنولوجيا</a></li><li><a href="/sport">رياضة</a></li><li><a href="/medicine-and-health">صحة</a></li>
      <li><a href="/culture-and-art">ثقافة وفن</a></li><li><a href="/videos">فيديو</a></li><li><a href="/live">البث المباشر</a></li>
    </ul>
  </nav>
</header>
<div class="ticker" data-component="breaking">
  <span class="ticker__label">عاجل</span>
  <ul class="ticker__items">
    <li><a href="/breaking/1">مؤشر السوق السعودية يغلق مرتفعاً 0.8% بدعم من أسهم البنوك</a></li>
    <li><a href="/breaking/2">أسعار النفط تتراجع مع ارتفاع المخزونات الأميركية</a></li>
    <li><a href="/breaking/3">أسهم شركات الرقائق الآسيوية تتعافى جزئياً بعد موجة بيع</a></li>
  </ul>
</div>
<main class="container">
  <ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">
    <li><a href="/">الرئيسية</a></li><li><a href="/aswaq">أسواق</a></li><li><a href="/aswaq/technology">تكنولوجيا</a></li>
  </ol>
  <article class="article" data-article-id="2025-01-28-gulf-funds">
    <header class="article__header">
      <h1 class="article__title">{esc(title)}</h1>
      <div class="article__meta">
        <span class="article__source">دبي - العربية Business</span>
        <span class="article__author"><a href="/author/rana-alkhatib">رنا الخطيب</a></span>
        <time datetime="2025-01-28T06:45:00Z" class="article__date">نشر في: 28 يناير ,2025: 10:45 ص GST</time>
        <span class="article__updated">آخر تحديث: 28 يناير ,2025: 01:02 م GST</span>
      </div>
      <div class="share-bar" aria-label="شارك">
        <a href="https://www.facebook.com/sharer/sharer.php?u=x" class="share share--fb">فيسبوك</a>
        <a href="https://twitter.com/intent/tweet?u=x" class="share share--x">إكس</a>
        <a href="https://wa.me/?text=x" class="share share--wa">واتساب</a>
        <a href="https://t.me/share/url?url=x" class="share share--tg">تلغرام</a>
        <button class="share share--copy">نسخ الرابط</button>
      </div>
    </header>
    <div class="article__body" id="body-text">
      {article_inner}
    </div>
    <div class="article__tags"><span>الكلمات الدالة:</span> <a href="/tags/ai">الذكاء الاصطناعي</a> <a href="/tags/nvidia">إنفيديا</a> <a href="/tags/gulf">الخليج</a></div>
    <div class="author-box">
      <img src="/authors/rana.jpg" alt="">
      <div><strong>رنا الخطيب</strong><p>صحافية متخصصة في شؤون التكنولوجيا والاقتصاد الرقمي في العربية Business، تغطي قطاع الرقائق والاستثمار في الشركات الناشئة.</p></div>
    </div>
  </article>
  <section class="newsletter">
    <h3>النشرة البريدية</h3>
    <p>اشترك في نشرة العربية Business اليومية لتصلك أهم أخبار الأسواق والتكنولوجيا كل صباح.</p>
    <form action="/newsletter" method="post"><input type="email" name="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form>
  </section>
  <aside class="most-read">
    <h3>الأكثر قراءة</h3>
    <ol>
      <li><a href="/a/1">الذهب يسجل مستوى قياسياً جديداً وسط مخاوف من حرب تجارية</a></li>
      <li><a href="/a/2">ديب سيك الصينية تهز أسهم التكنولوجيا الأميركية وتمحو 600 مليار دولار من قيمة إنفيديا</a></li>
      <li><a href="/a/3">كم يبلغ راتب مهندس الذكاء الاصطناعي في الخليج؟</a></li>
      <li><a href="/a/4">أرامكو تعلن عن توزيعات أرباح إضافية للمساهمين</a></li>
      <li><a href="/a/5">مطارات دبي تستقبل رقماً قياسياً من المسافرين في 2024</a></li>
    </ol>
  </aside>
</main>
<footer class="site-footer">
  <div class="footer-links">
    <a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a> <a href="/advertise">أعلن معنا</a> <a href="/privacy">سياسة الخصوصية</a> <a href="/terms">شروط الاستخدام</a>
    <a href="/rss">RSS</a> <a href="/apps">تطبيقات العربية</a> <a href="/careers">وظائف</a> <a href="https://english.alarabiya.net">English</a> <a href="https://farsi.alarabiya.net">فارسی</a>
  </div>
  <p class="copyright">جميع الحقوق محفوظة © قناة العربية 2025</p>
</footer>
<script>document.querySelector(".cookie-banner__accept").addEventListener("click",function(){{document.getElementById("cookie-consent").remove();}});</script>
</body>
</html>
'''
    write('alarabiya-gulf-datacenters', html, plain(body), {
        'title': title, 'published': '2025-01-28T10:45:00+04:00', 'author': 'رنا الخطيب',
        'siteName': 'العربية',
        'canonicalUrl': 'https://www.alarabiya.net/aswaq/technology/2025/01/28/gulf-funds-ai-data-centers',
        'language': 'ar'})


# 2 ─ Youm7 style: old table layout saved in windows-1256 and declared ONLY by the http-equiv meta;
#     paragraphs are text separated by <br><br> inside one div, with a «اقرأ أيضا» link among them;
#     no machine-readable date (only «الأربعاء، 29 يناير 2025 03:20 م»); author only in «كتب …».
@page
def youm7_deepseek_egypt():
    title = 'ديب سيك تربك أسواق التكنولوجيا.. وخبراء: فرصة للشركات الناشئة المصرية لبناء نماذج بتكلفة أقل'
    body = [
        'تسبب إطلاق شركة ديب سيك الصينية نموذجها الجديد للذكاء الاصطناعي في موجة بيع واسعة لأسهم شركات التكنولوجيا الأمريكية خلال الساعات الماضية، بعدما أعلنت الشركة أن تدريب النموذج تكلف أقل من 6 ملايين دولار، وهو رقم يقل كثيرا عما تنفقه الشركات الأمريكية الكبرى على نماذجها.',
        'وتراجع سهم شركة إنفيديا، أكبر منتج لرقائق الذكاء الاصطناعي في العالم، بنحو 17% في جلسة واحدة، لتفقد الشركة ما يقرب من 600 مليار دولار من قيمتها السوقية، في أكبر خسارة يومية لشركة مدرجة في تاريخ البورصة الأمريكية.',
        'وقال الدكتور أحمد السيد، أستاذ هندسة الحاسبات بجامعة القاهرة، إن ما حققته الشركة الصينية يثبت أن الابتكار في طرق التدريب يمكن أن يعوض جزءا كبيرا من نقص الرقائق، مشيرا إلى أن النموذج الجديد اعتمد على تقنيات مثل خليط الخبراء والتعلم المعزز لتقليل الحاجة إلى القدرة الحاسوبية.',
        'وأضاف السيد في تصريحات لـ«اليوم السابع» أن الشركات الناشئة المصرية يمكنها الاستفادة من النماذج مفتوحة المصدر لبناء تطبيقات باللغة العربية دون الحاجة إلى استثمارات ضخمة، لافتا إلى أن تكلفة تشغيل هذه النماذج انخفضت بشكل كبير خلال العام الماضي.',
        'من جانبه، أوضح المهندس كريم فؤاد، مؤسس إحدى الشركات الناشئة العاملة في مجال معالجة اللغة العربية، أن شركته بدأت بالفعل تجربة النموذج الصيني على خوادم محلية، وأن النتائج الأولية في فهم النصوص العربية «مشجعة لكنها تحتاج إلى مزيد من الضبط».',
        'وتستهدف الاستراتيجية الوطنية للذكاء الاصطناعي في مصر رفع مساهمة قطاع تكنولوجيا المعلومات في الناتج المحلي الإجمالي إلى 7.7% بحلول عام 2030، إلى جانب تدريب 30 ألف متخصص في مجالات الذكاء الاصطناعي وعلوم البيانات.',
        'في المقابل، حذر خبراء من التسرع في الحكم على التكلفة الحقيقية للنموذج الصيني، إذ يرى بعضهم أن الرقم المعلن لا يشمل تكاليف البحث والتجارب السابقة ولا قيمة الرقائق التي تمتلكها الشركة بالفعل.',
        'ويتوقع محللون أن تدفع المنافسة الصينية الشركات الأمريكية إلى خفض أسعار خدماتها، وهو ما قد يصب في مصلحة المطورين والشركات في الأسواق الناشئة ومنها السوق المصرية.',
    ]
    chunks = [esc(b) for b in body]
    read_also = '<a href="https://www.youm7.com/story/2025/1/28/nvidia-shares/6861990" target="_blank"><strong>اقرأ أيضا: سهم إنفيديا يهوى 17% بعد إطلاق نموذج ديب سيك الصيني</strong></a>'
    read_also2 = '<a href="https://www.youm7.com/story/2025/1/27/openai-prices/6861502" target="_blank"><strong>اقرأ أيضا.. أوبن إيه آي تدرس خفض أسعار اشتراكاتها</strong></a>'
    div = '<br><br>\n'.join(chunks[:3] + [read_also] + chunks[3:6] + [read_also2] + chunks[6:])
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />
<title>{esc(title)} - اليوم السابع</title>
<meta name="description" content="تسبب إطلاق شركة ديب سيك الصينية نموذجها الجديد للذكاء الاصطناعي في موجة بيع واسعة لأسهم شركات التكنولوجيا الأمريكية" />
<meta name="keywords" content="ديب سيك, الذكاء الاصطناعي, إنفيديا, الشركات الناشئة, مصر" />
<meta property="og:site_name" content="اليوم السابع" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="article" />
<meta property="og:image" content="https://img.youm7.com/large/20250129031955195.jpg" />
<link rel="canonical" href="https://www.youm7.com/story/2025/1/29/deepseek-egypt-startups/6862214" />
<link href="/Content/css/site.min.css?v=3.4.1" rel="stylesheet" type="text/css" />
<style type="text/css">.newsStory{{font-size:18px;line-height:32px}} .marquee{{height:30px}}</style>
<script type="text/javascript" src="/Scripts/jquery-1.8.2.min.js"></script>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1234567-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="mainTable">
<tr><td colspan="2" class="topBar">
  <a href="/"><img src="/images/logo.png" alt="اليوم السابع" border="0" /></a>
  <span class="todayDate">الأربعاء، 29 يناير 2025</span>
  <a href="/Section/أخبار-عاجلة/65/1">أخبار عاجلة</a> | <a href="/Section/سياسة/319/1">سياسة</a> | <a href="/Section/اقتصاد-وبورصة/297/1">اقتصاد وبورصة</a> |
  <a href="/Section/تكنولوجيا/328/1">تكنولوجيا</a> | <a href="/Section/رياضة/298/1">رياضة</a> | <a href="/Section/حوادث/203/1">حوادث</a> | <a href="/Section/فن/48/1">فن</a> | <a href="/Section/المحافظات/296/1">المحافظات</a>
</td></tr>
<tr><td colspan="2"><div class="marquee"><marquee direction="right" scrollamount="3">
  <a href="/story/2025/1/29/1">وزير المالية: خفض الدين الخارجي بقيمة 3 مليارات دولار</a> &bull;
  <a href="/story/2025/1/29/2">الأرصاد: طقس مائل للبرودة نهارا شديد البرودة ليلا</a> &bull;
  <a href="/story/2025/1/29/3">البورصة المصرية تربح 12 مليار جنيه في منتصف التعاملات</a>
</marquee></div></td></tr>
<tr>
<td width="680" valign="top" class="mainCol">
  <div class="breadcumb"><a href="/">الرئيسية</a> &raquo; <a href="/Section/تكنولوجيا/328/1">تكنولوجيا</a></div>
  <div class="articleHeader">
    <h1>{esc(title)}</h1>
    <div class="writeBy">كتب محمود عبد الحليم</div>
    <div class="newsStoryDate"><span>الأربعاء، 29 يناير 2025 03:20 م</span></div>
    <div class="shareIcons"><a href="#" class="fb">شارك</a> <a href="#" class="tw">تويت</a> <a href="#" class="wp">واتساب</a> <a href="#" class="print" onclick="window.print()">طباعة</a></div>
  </div>
  <div class="img-cont">
    <img src="https://img.youm7.com/large/20250129031955195.jpg" alt="ديب سيك" width="680" />
    <span class="img-caption">شعار ديب سيك على شاشة هاتف محمول</span>
  </div>
  <div id="articleBody" class="newsStory">
{div}
  </div>
  <div class="tags">كلمات البحث: <a href="/Tags/ديب-سيك">ديب سيك</a> <a href="/Tags/الذكاء-الاصطناعي">الذكاء الاصطناعي</a> <a href="/Tags/إنفيديا">إنفيديا</a></div>
  <div class="adsBlock"><script type="text/javascript">googletag.display('div-gpt-ad-1000-2');</script><div id="div-gpt-ad-1000-2"></div></div>
  <div class="relatedNews"><h3>الأخبار المتعلقة</h3>
    <ul>
      <li><a href="/story/2025/1/28/a">ترامب: ديب سيك جرس إنذار لصناعة التكنولوجيا الأمريكية</a><span>الثلاثاء، 28 يناير 2025 11:00 ص</span></li>
      <li><a href="/story/2025/1/27/b">كل ما تريد معرفته عن تطبيق ديب سيك الذي تصدر متجر آبل</a><span>الإثنين، 27 يناير 2025 09:12 م</span></li>
      <li><a href="/story/2025/1/26/c">مصر تطلق الإصدار الثاني من الاستراتيجية الوطنية للذكاء الاصطناعي</a><span>الأحد، 26 يناير 2025 02:30 م</span></li>
    </ul>
  </div>
  <div class="comments"><h3>التعليقات (2)</h3>
    <div class="comment"><b>1</b> <span class="cName">محمد</span> <span class="cDate">الأربعاء، 29 يناير 2025 05:41 م</span><p>المنافسة في صالح المستخدم في النهاية، نتمنى نرى نموذج مصري قريب</p></div>
    <div class="comment"><b>2</b> <span class="cName">سامح</span> <span class="cDate">الخميس، 30 يناير 2025 08:03 ص</span><p>الرقم المعلن غير منطقي والتكلفة الحقيقية أكبر بكثير</p></div>
    <form class="addComment"><input name="name" /> <textarea name="body"></textarea> <input type="submit" value="أضف تعليقك" /></form>
  </div>
</td>
<td width="300" valign="top" class="sideCol">
  <div class="mostRead"><h3>الأكثر قراءة</h3>
    <ol>
      <li><a href="/m/1">أسعار الذهب اليوم الأربعاء في مصر.. عيار 21 يسجل ارتفاعا جديدا</a></li>
      <li><a href="/m/2">موعد صرف مرتبات شهر فبراير 2025 للعاملين بالدولة</a></li>
      <li><a href="/m/3">سعر الدولار أمام الجنيه في البنوك المصرية اليوم</a></li>
      <li><a href="/m/4">نتيجة الشهادة الإعدادية بالقاهرة.. رابط الاستعلام</a></li>
    </ol>
  </div>
  <div class="adsBlock"><div id="div-gpt-ad-1000-3"></div></div>
  <div class="newsletter"><h3>اشترك في النشرة</h3><p>اشترك الآن في نشرة اليوم السابع الإخبارية</p><input type="text" /><input type="button" value="اشترك" /></div>
</td>
</tr>
<tr><td colspan="2" class="footer">
  <a href="/About">من نحن</a> | <a href="/Contact">اتصل بنا</a> | <a href="/Privacy">سياسة الخصوصية</a> | <a href="/Advertise">إعلن معنا</a> | <a href="/RSS">RSS</a> | <a href="/Archive">الأرشيف</a>
  <br />جميع الحقوق محفوظة لليوم السابع &copy; 2008 - 2025
</td></tr>
</table>
<script type="text/javascript">$(function(){{$('.shareIcons a.fb').click(function(){{window.open('https://www.facebook.com/sharer.php?u='+location.href);return false;}});}});</script>
</body>
</html>
'''
    write('youm7-deepseek-egypt', html, body, {
        'title': title, 'published': '2025-01-29T15:20:00+00:00', 'author': 'محمود عبد الحليم',
        'siteName': 'اليوم السابع',
        'canonicalUrl': 'https://www.youm7.com/story/2025/1/29/deepseek-egypt-startups/6862214',
        'language': 'ar'}, encoding='cp1256')


# 3 ─ A legacy Jordanian daily (Addustour-like archive page): table layout with <font> tags, saved in
#     ISO-8859-6 and declared by <meta charset="ISO-8859-6">; characters the set lacks («» and the
#     like) appear as numeric references, as old CMSes wrote them; <br><br> paragraphs; no Open
#     Graph, no canonical, no author (an agency credit «عمان - بترا»); only a visible Levantine date
#     «الأربعاء 12 شباط 2025» without a clock time.
@page
def addustour_jordan_startup():
    title = 'شركة ناشئة أردنية تجمع 8 ملايين دولار لتطوير مساعد ذكي يفهم اللهجات العربية'
    body = [
        'أعلنت شركة ناشئة أردنية متخصصة في تقنيات معالجة اللغة العربية، امس الثلاثاء، عن إغلاق جولة تمويلية من الفئة A بقيمة 8 ملايين دولار، بقيادة صندوق استثمار إقليمي ومشاركة مستثمرين من السعودية والإمارات.',
        'وقال الرئيس التنفيذي للشركة، المهندس زيد الحمصي، في مؤتمر صحفي عقد في عمان، إن التمويل الجديد سيخصص لتطوير مساعد ذكي قادر على فهم اللهجات الأردنية والخليجية والمصرية والمغاربية، وتوسيع فريق الباحثين من 40 إلى 90 موظفا خلال العام الحالي.',
        'وأوضح الحمصي أن النماذج اللغوية العالمية ما زالت تتعامل مع العربية الفصحى بشكل جيد نسبيا، لكنها تتعثر عند التعامل مع اللهجات المحكية التي يستخدمها الناس فعليا في خدمة العملاء والرسائل الصوتية، وهي الفجوة التي تسعى الشركة إلى سدها.',
        'وبين أن الشركة جمعت خلال ثلاث سنوات قاعدة بيانات تضم أكثر من 12 ألف ساعة من التسجيلات الصوتية المفرغة نصيا، بعد الحصول على موافقة أصحابها، مشيرا إلى أن حماية الخصوصية كانت شرطا أساسيا لدى المستثمرين.',
        'من جهته، قال ممثل الصندوق القائد للجولة إن قطاع الذكاء الاصطناعي الناطق بالعربية «ما زال في بداياته»، وإن حجم السوق المحتملة لخدمات المحادثة الآلية في المنطقة يتجاوز ملياري دولار سنويا بحلول عام 2030.',
        'وتأتي الجولة في وقت يشهد فيه قطاع الشركات الناشئة الأردنية تحسنا ملحوظا، إذ تشير بيانات منصات رصد الاستثمار الجريء إلى أن الشركات الأردنية جمعت نحو 110 ملايين دولار في عام 2024، بارتفاع يقارب 20 بالمئة عن العام الذي سبقه.',
        'وكانت الحكومة قد أقرت العام الماضي الاستراتيجية الأردنية للذكاء الاصطناعي والخطة التنفيذية المرافقة لها للأعوام 2023-2027، والتي تتضمن حوافز للشركات التي توظف خريجين في مجالات تعلم الآلة وتحليل البيانات.',
    ]
    chunks = [esc(b) for b in body]
    div = '<br>\n<br>\n'.join(chunks)
    html = f'''<html dir="rtl">
<head>
<meta charset="ISO-8859-6">
<title>{esc(title)} - جريدة الدستور</title>
<meta name="keywords" content="الدستور, اقتصاد, شركات ناشئة, ذكاء اصطناعي, الأردن">
<meta name="description" content="جريدة الدستور الأردنية - الاقتصاد">
<link rel="stylesheet" href="/css/style2009.css" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
<script language="JavaScript">function printArticle(id){{window.open('/print.php?id='+id,'print','width=600,height=500');}}</script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
  <tr><td colspan="3"><a href="/"><img src="/images/logo.gif" alt="الدستور" border="0"></a>
    <font size="2" color="#666666">الأربعاء 12 شباط 2025 م - 13 شعبان 1446 هـ</font></td></tr>
  <tr><td colspan="3" class="menu">
    <a href="/section/local">محليات</a> | <a href="/section/economy">اقتصاد</a> | <a href="/section/arab">عربي ودولي</a> | <a href="/section/sport">رياضة</a> |
    <a href="/section/opinion">كتاب الدستور</a> | <a href="/section/culture">ثقافة</a> | <a href="/section/pdf">العدد الورقي</a> | <a href="/archive">الأرشيف</a>
  </td></tr>
  <tr>
    <td width="180" valign="top" class="rightCol">
      <table width="100%"><tr><td class="boxTitle">آخر الأخبار</td></tr>
        <tr><td><a href="/n/1">الملك يستقبل وفدا من رجال الأعمال الأمريكيين</a></td></tr>
        <tr><td><a href="/n/2">ارتفاع أسعار الذهب محليا 40 قرشا للغرام</a></td></tr>
        <tr><td><a href="/n/3">الأرصاد: أجواء باردة وأمطار متفرقة في الشمال</a></td></tr>
      </table>
    </td>
    <td width="600" valign="top" class="mainCol">
      <table width="100%" border="0" cellpadding="4">
        <tr><td class="path"><a href="/">الرئيسية</a> &gt; <a href="/section/economy">اقتصاد</a></td></tr>
        <tr><td class="artTitle"><font size="5" color="#003366"><b>{esc(title)}</b></font></td></tr>
        <tr><td class="artDate"><font size="2" color="#999999">الأربعاء 12 شباط 2025</font></td></tr>
        <tr><td class="artTools"><a href="javascript:printArticle(2987142)">طباعة</a> | <a href="/sendfriend.php?id=2987142">أرسل لصديق</a> | <a href="#" onclick="fontUp()">تكبير الخط</a></td></tr>
        <tr><td class="artText"><font size="3">
<b>عمان - بترا</b><br>
<br>
{div}
        </font></td></tr>
        <tr><td class="artRelated"><b>أخبار ذات صلة</b><br>
          <a href="/n/2980011">صندوق الريادة يطلق برنامجا لدعم الشركات الناشئة في المحافظات</a><br>
          <a href="/n/2975530">ورشة حول تطبيقات الذكاء الاصطناعي في القطاع المصرفي</a><br>
        </td></tr>
        <tr><td class="artComments"><b>التعليقات</b><br>لا توجد تعليقات. <a href="/comment.php?id=2987142">أضف تعليقا</a></td></tr>
      </table>
    </td>
    <td width="200" valign="top" class="leftCol">
      <table width="100%"><tr><td class="boxTitle">الأكثر قراءة</td></tr>
        <tr><td><a href="/m/1">تعديلات على نظام الأبنية في عمان الكبرى</a></td></tr>
        <tr><td><a href="/m/2">الحكومة تقر مشروع قانون الموازنة العامة</a></td></tr>
      </table>
      <div class="banner"><a href="/ads/click.php?id=77"><img src="/ads/bank_200x300.gif" border="0" alt="إعلان"></a></div>
    </td>
  </tr>
  <tr><td colspan="3" class="footer" align="center"><font size="1">
    <a href="/about">من نحن</a> - <a href="/contact">اتصل بنا</a> - <a href="/subscribe">الاشتراكات</a> - <a href="/ads">الإعلان</a><br>
    جميع الحقوق محفوظة &copy; جريدة الدستور الأردنية 2025
  </font></td></tr>
</table>
</body>
</html>
'''
    # The agency dateline stands inside the article's text cell, so a reader reads it as its first line.
    write('addustour-jordan-startup', html, ['عمان - بترا'] + body, {
        'title': title, 'published': '2025-02-12T00:00:00+00:00', 'author': None,
        'siteName': None, 'canonicalUrl': None, 'language': 'ar'}, encoding='iso8859_6')


# 4 ─ Sky News Arabia style: a React/Next.js page; the body is split across several sibling
#     containers with an ad, a video and a related card between them; JSON-LD NewsArticle whose
#     articleBody is TRUNCATED (ends with «...»), so it must not be taken as the text; __NEXT_DATA__
#     holds another copy of the teaser; date with +04:00 in JSON-LD only (the visible date has the time).
@page
def skynews_eu_ai_act():
    title = 'أوروبا تبدأ تطبيق أولى قواعد قانون الذكاء الاصطناعي.. ماذا يتغير للشركات؟'
    body = [
        'دخلت أولى قواعد قانون الذكاء الاصطناعي الأوروبي حيز التطبيق، لتبدأ بذلك مرحلة جديدة من تنظيم التكنولوجيا في القارة، تحظر بموجبها أنظمة تعد «ذات مخاطر غير مقبولة»، مثل أنظمة التقييم الاجتماعي للمواطنين والتعرف على المشاعر في أماكن العمل والمدارس.',
        'ويلزم القانون، الذي أقره البرلمان الأوروبي العام الماضي بعد مفاوضات استمرت أكثر من ثلاث سنوات، الشركات التي تطور أو تستخدم أنظمة الذكاء الاصطناعي داخل الاتحاد بتقييم المخاطر وتوثيق بيانات التدريب والإفصاح عن المحتوى المولد آليا.',
        'وتصل الغرامات على المخالفات الأشد إلى 35 مليون يورو أو 7 بالمئة من إجمالي الإيرادات السنوية العالمية للشركة، أيهما أعلى، وهي نسبة تفوق تلك المنصوص عليها في اللائحة العامة لحماية البيانات.',
        'وقالت المفوضية الأوروبية إن القواعد الخاصة بالنماذج متعددة الأغراض، مثل النماذج التي تقف وراء روبوتات المحادثة الشهيرة، ستطبق اعتبارا من أغسطس المقبل، على أن تكتمل بقية الالتزامات تدريجيا حتى عام 2027.',
        'وأبدت شركات تكنولوجيا أميركية كبرى قلقها من أن تؤدي القواعد الجديدة إلى إبطاء طرح منتجاتها في السوق الأوروبية، فيما أعلنت إحداها تأجيل إطلاق مساعدها الذكي في دول الاتحاد إلى حين «اتضاح المتطلبات التنظيمية».',
        'في المقابل، يرى مؤيدو القانون أنه يمنح الشركات إطارا واضحا بدلا من حالة الغموض، ويعزز ثقة المستهلكين في التقنيات الجديدة، وهو ما قد ينعكس إيجابا على معدلات تبنيها على المدى الطويل.',
        'وقال الباحث في سياسات التكنولوجيا بجامعة لوفان، مارك دوبوا، لموقع «سكاي نيوز عربية» إن «القانون الأوروبي سيصبح على الأرجح مرجعا لدول أخرى، كما حدث مع قواعد حماية البيانات، لأن الشركات العالمية تفضل الامتثال لمعيار واحد بدلا من معايير متعددة».',
        'ويتابع مسؤولون في عدد من الدول العربية تجربة الاتحاد الأوروبي عن كثب، إذ تعمل حكومات في المنطقة على إعداد أطر تنظيمية خاصة بها توازن بين تشجيع الاستثمار في الذكاء الاصطناعي وحماية البيانات الشخصية.',
        'ويشير خبراء إلى أن التحدي الأكبر أمام الجهات التنظيمية سيكون في متابعة التطور السريع للنماذج، إذ قد تصبح بعض التعريفات الواردة في القانون قديمة قبل أن تكتمل مراحل تطبيقه.',
    ]
    teaser = body[0][:180] + '...'
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle',
          'headline': title,
          'url': 'https://www.skynewsarabia.com/technology/1781234-أوروبا-تبدأ-تطبيق-أولى-قواعد-قانون-الذكاء-الاصطناعي',
          'datePublished': '2025-03-04T14:20:00+04:00', 'dateModified': '2025-03-04T14:20:00+04:00',
          'author': [{'@type': 'Person', 'name': 'كريم المصري'}],
          'publisher': {'@type': 'Organization', 'name': 'سكاي نيوز عربية',
                        'logo': {'@type': 'ImageObject', 'url': 'https://www.skynewsarabia.com/asset/img/logo.png'}},
          'image': ['https://www.skynewsarabia.com/images/v1/2025/03/04/1781234/1200/675/1-1781234.jpg'],
          'articleBody': teaser, 'inLanguage': 'ar-AE'}
    nxt = {'props': {'pageProps': {'article': {'id': 1781234, 'headline': title, 'summary': teaser,
                                                'section': 'technology', 'publishDate': 1741083600000}}},
           'page': '/[section]/[id]', 'buildId': 'k3J9x_aB21'}
    canon = 'https://www.skynewsarabia.com/technology/1781234-%D8%A3%D9%88%D8%B1%D9%88%D8%A8%D8%A7-%D8%AA%D8%A8%D8%AF%D8%A3-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D8%A3%D9%88%D9%84%D9%89-%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%B0%D9%83%D8%A7%D8%A1-%D8%A7%D9%84%D8%A7%D8%B5%D8%B7%D9%86%D8%A7%D8%B9%D9%8A'
    P = [f'<p class="sna-p">{esc(b)}</p>' for b in body]
    html = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)} | سكاي نيوز عربية</title><meta name="description" content="{esc(teaser)}"/><meta property="og:site_name" content="سكاي نيوز عربية"/><meta property="og:title" content="{esc(title)}"/><meta property="og:description" content="{esc(teaser)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{canon}"/><meta property="og:image" content="https://www.skynewsarabia.com/images/v1/2025/03/04/1781234/1200/675/1-1781234.jpg"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@SkyNewsArabia"/><link rel="canonical" href="{canon}"/><link rel="preload" as="script" href="/_next/static/chunks/main-1a2b3c.js"/><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><style data-emotion="css 1x2y3z">.css-1x2y3z{{display:flex;flex-direction:column;gap:16px}}.sna-p{{font-size:19px;line-height:1.9}}</style></head><body><div id="__next"><div class="css-1x2y3z"><header class="sna-header"><a href="/" aria-label="سكاي نيوز عربية"><svg width="120" height="32"><title>سكاي نيوز عربية</title></svg></a><nav><a href="/">الرئيسية</a><a href="/middle-east">الشرق الأوسط</a><a href="/world">العالم</a><a href="/business">اقتصاد</a><a href="/technology">تكنولوجيا</a><a href="/sport">رياضة</a><a href="/varieties">منوعات</a><a href="/video">فيديو</a><a href="/live">بث مباشر</a></nav><button aria-label="بحث">بحث</button></header><div class="breaking-bar" role="marquee"><span>عاجل</span><a href="/world/1781300">البيت الأبيض: محادثات تجارية مع الصين الأسبوع المقبل</a></div><main><section class="article-section"><div class="article-head"><nav class="crumbs"><a href="/">الرئيسية</a><span>/</span><a href="/technology">تكنولوجيا</a></nav><h1 class="article-title">{esc(title)}</h1><div class="article-info"><span class="source">أبوظبي - سكاي نيوز عربية</span><span class="date">نشر في: 04 مارس 2025 - 14:20 بتوقيت أبوظبي</span></div><div class="share-tools"><button>شارك</button><a href="https://wa.me/">واتساب</a><a href="https://x.com/intent/post">إكس</a><a href="https://www.facebook.com/sharer/">فيسبوك</a></div></div><figure class="main-image"><picture><img src="https://www.skynewsarabia.com/images/v1/2025/03/04/1781234/800/450/1-1781234.jpg" alt="علم الاتحاد الأوروبي"/></picture><figcaption>قانون الذكاء الاصطناعي الأوروبي يفرض غرامات كبيرة على المخالفين</figcaption></figure><div class="article-body-part" data-part="1">{P[0]}{P[1]}{P[2]}</div><div class="ad-container" id="dfp-inarticle-1" data-ad-unit="/12345/sna/technology/inarticle"><span>إعلان</span></div><div class="article-body-part" data-part="2">{P[3]}{P[4]}</div><div class="video-embed"><div class="video-player" data-video-id="1781190"><span class="video-title">فيديو: كيف سيؤثر القانون الأوروبي على روبوتات المحادثة؟</span><button>تشغيل</button></div></div><div class="article-body-part" data-part="3">{P[5]}{P[6]}</div><div class="related-card"><span class="related-card__label">اقرأ أيضا</span><a href="/technology/1779021-الشركات-الأميركية-تطالب-بتأجيل-قانون-الذكاء-الاصطناعي">شركات أميركية تطالب بروكسل بتأجيل تطبيق قانون الذكاء الاصطناعي</a></div><div class="article-body-part" data-part="4">{P[7]}{P[8]}</div><div class="article-author"><span>كريم المصري</span></div><div class="tags"><a href="/topic/ai">الذكاء الاصطناعي</a><a href="/topic/eu">الاتحاد الأوروبي</a><a href="/topic/regulation">تنظيم التكنولوجيا</a></div></section><aside class="more-stories"><h2>المزيد من تكنولوجيا</h2><ul><li><a href="/technology/1781111">آبل تكشف عن رقاقة جديدة لأجهزة ماك</a></li><li><a href="/technology/1781099">دراسة: نصف الموظفين يستخدمون الذكاء الاصطناعي دون علم مديريهم</a></li><li><a href="/technology/1781050">غوغل تطلق تحديثا لنموذج جيميني يدعم العربية</a></li></ul></aside></main><footer class="sna-footer"><nav><a href="/about-us">من نحن</a><a href="/contact-us">اتصل بنا</a><a href="/privacy-policy">سياسة الخصوصية</a><a href="/terms">شروط الاستخدام</a><a href="/careers">الوظائف</a><a href="/rss">RSS</a></nav><p>© 2025 سكاي نيوز عربية. جميع الحقوق محفوظة</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(nxt, ensure_ascii=False)}</script><script src="/_next/static/chunks/main-1a2b3c.js" async=""></script></body></html>
'''
    write('skynews-eu-ai-act', html, body, {
        'title': title, 'published': '2025-03-04T14:20:00+04:00', 'author': 'كريم المصري',
        'siteName': 'سكاي نيوز عربية', 'canonicalUrl': canon, 'language': 'ar'})


# 5 ─ Al Jazeera Net style: an Arabic analysis page whose <html lang="en"> is WRONG (a template
#     default); JSON-LD NewsArticle without articleBody, date in UTC («Z»); subheadings; a «اقرأ أيضا»
#     list and an embedded tweet inside the body; visible date in Eastern Arabic digits; a source
#     line «المصدر: الجزيرة + وكالات» after the text.
@page
def aljazeera_chip_curbs():
    title = 'قيود الرقائق الأميركية على الصين.. هل تنجح واشنطن في إبطاء سباق الذكاء الاصطناعي؟'
    body = [
        'فرضت الإدارة الأميركية قيودا جديدة على تصدير رقائق الذكاء الاصطناعي إلى الصين، شملت هذه المرة رقائق صممتها الشركات الأميركية خصيصا للسوق الصينية كي تتوافق مع القواعد السابقة، في خطوة تكشف أن سباق التكنولوجيا بين البلدين دخل مرحلة أكثر حدة.',
        'وأعلنت شركة إنفيديا أنها ستسجل أعباء بنحو 5.5 مليارات دولار في الربع الحالي بسبب المخزون والالتزامات المرتبطة برقائقها المخصصة للصين، بعدما أبلغتها الحكومة بأن تصدير هذه الرقائق بات يتطلب ترخيصا مسبقا لأجل غير مسمى.',
        '## لماذا الرقائق تحديدا؟',
        'تعد الرقائق المتقدمة عنق الزجاجة في صناعة الذكاء الاصطناعي، فتدريب نموذج لغوي كبير يتطلب عشرات الآلاف من المعالجات الرسومية تعمل لأسابيع متواصلة، ولا تملك الصين حتى الآن قدرة محلية على تصنيع رقائق تضاهي الجيل الأحدث من المنتجات الأميركية بكميات كبيرة.',
        'ويرى الباحث في شؤون التكنولوجيا والأمن، حسام الدين عمر، أن واشنطن تراهن على أن حرمان الشركات الصينية من أفضل الرقائق سيبطئ تقدمها بضع سنوات، وهي مدة تعد حاسمة في سباق تتغير ملامحه كل بضعة أشهر.',
        'لكن تجربة الأشهر الماضية أظهرت حدود هذا الرهان، إذ تمكنت مختبرات صينية من تطوير نماذج منافسة باستخدام رقائق أقل قوة، عبر تحسين الخوارزميات وطرق التدريب، وهو ما دفع بعض المحللين إلى التشكيك في جدوى القيود على المدى البعيد.',
        '## البديل الصيني',
        'في المقابل، تسارع الشركات الصينية إلى تطوير بدائل محلية، وتقول تقارير إن شركة هواوي بدأت شحن كميات أكبر من رقائقها المخصصة للذكاء الاصطناعي إلى كبرى شركات الإنترنت الصينية، رغم أن إنتاجها ما زال محدودا بسبب القيود المفروضة على معدات تصنيع أشباه الموصلات.',
        'ويقدر محللون أن السوق الصينية كانت تمثل نحو 13% من إيرادات إنفيديا في السنة المالية الماضية، مما يعني أن الشركة الأميركية قد تخسر حصة يصعب استعادتها إذا نجح المنافسون المحليون في سد الفجوة.',
        '## ماذا عن المنطقة العربية؟',
        'تراقب دول الخليج هذه التطورات باهتمام، إذ تسعى إلى بناء مراكز بيانات ضخمة تعتمد على الرقائق الأميركية، وتحتاج بالتالي إلى طمأنة واشنطن بأن هذه الرقائق لن تصل إلى جهات صينية، وهو شرط باتت الشراكات التقنية الكبرى في المنطقة تتضمنه صراحة.',
        'ويخلص عمر إلى أن المنطقة «قد تجد نفسها مضطرة إلى الاختيار بين منظومتين تقنيتين، ولن يكون الحياد سهلا كما كان في عصر الهواتف والاتصالات».',
    ]
    ld = {'@context': 'http://schema.org', '@type': 'NewsArticle',
          'mainEntityOfPage': 'https://www.aljazeera.net/ebusiness/2025/4/15/قيود-الرقائق-الأميركية-على-الصين',
          'headline': title,
          'datePublished': '2025-04-15T06:30:00Z', 'dateModified': '2025-04-15T07:12:45Z',
          'author': {'@type': 'Person', 'name': 'سلمى الحسيني', 'url': 'https://www.aljazeera.net/author/salma_alhusseini'},
          'publisher': {'@type': 'Organization', 'name': 'الجزيرة نت',
                        'logo': {'@type': 'ImageObject', 'url': 'https://www.aljazeera.net/images/logo_aj.png', 'width': 200, 'height': 200}},
          'image': {'@type': 'ImageObject', 'url': 'https://www.aljazeera.net/wp-content/uploads/2025/04/chips-1744698000.jpg', 'width': 1920, 'height': 1440}}
    canon = 'https://www.aljazeera.net/ebusiness/2025/4/15/%D9%82%D9%8A%D9%88%D8%AF-%D8%A7%D9%84%D8%B1%D9%82%D8%A7%D8%A6%D9%82-%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%B1%D9%83%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B5%D9%8A%D9%86'
    P = ps(body)
    more = '''<div class="more-on">
            <h2 class="more-on__heading">اقرأ أيضا</h2>
            <ul class="more-on__list">
              <li><article class="article-card"><h3><a href="/ebusiness/2025/4/10/a"><span>هواوي تختبر رقاقة جديدة لمنافسة إنفيديا</span></a></h3></article></li>
              <li><article class="article-card"><h3><a href="/ebusiness/2025/4/2/b"><span>رسوم ترامب الجمركية تهز أسهم شركات أشباه الموصلات</span></a></h3></article></li>
              <li><article class="article-card"><h3><a href="/ebusiness/2025/3/28/c"><span>تايوان تشدد الرقابة على تصدير تقنيات الرقائق</span></a></h3></article></li>
            </ul>
            <span class="more-on__end">end of list</span>
          </div>'''
    tweet = '''<div class="article-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">The new license requirement covers the H20 and equivalent chips indefinitely, the company said in a filing on Tuesday.</p>&mdash; Tech Policy Desk (@techpolicydesk) <a href="https://twitter.com/techpolicydesk/status/1912000000000000001?ref_src=twsrc%5Etfw">April 15, 2025</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>'''
    inner = '\n          '.join(P[:2] + [more] + P[2:6] + [tweet] + P[6:])
    html = f'''<!DOCTYPE html>
<html lang="en" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | اقتصاد | الجزيرة نت</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <meta name="description" content="فرضت الإدارة الأميركية قيودا جديدة على تصدير رقائق الذكاء الاصطناعي إلى الصين">
  <meta name="author" content="سلمى الحسيني">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{canon}">
  <meta property="og:site_name" content="الجزيرة نت">
  <meta property="og:image" content="https://www.aljazeera.net/wp-content/uploads/2025/04/chips-1744698000.jpg?resize=1200%2C630">
  <meta name="twitter:site" content="@AJArabicnet">
  <link rel="canonical" href="{canon}">
  <link rel="alternate" hreflang="ar" href="{canon}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <script>window.__APOLLO_STATE__={{"Post:2981234":{{"__typename":"Post","id":"2981234","title":"{esc(title)}","date":"2025-04-15T06:30:00"}}}};</script>
  <style>.wysiwyg p{{margin:0 0 1.5em}}.more-on{{border-top:3px solid #fa9000}}</style>
</head>
<body class="single-post">
  <div class="site-header-wrapper">
    <a class="skip-link" href="#main-content-area">تخطى إلى المحتوى</a>
    <header class="site-header">
      <a href="/" class="site-logo"><span class="screen-reader-text">الجزيرة نت</span></a>
      <nav class="site-header__navigation" aria-label="Primary navigation menu">
        <ul class="menu header-menu">
          <li><a href="/news/">أخبار</a></li><li><a href="/politics/">سياسة</a></li><li><a href="/ebusiness/">اقتصاد</a></li><li><a href="/sport/">رياضة</a></li>
          <li><a href="/tech/">تكنولوجيا</a></li><li><a href="/health-medicine/">صحة</a></li><li><a href="/culture/">ثقافة</a></li><li><a href="/opinions/">آراء</a></li>
          <li><a href="/programs/">برامج</a></li><li><a href="/podcasts/">بودكاست</a></li><li><a href="/live/">بث مباشر</a></li>
        </ul>
      </nav>
      <div class="trending-bar"><span>الأكثر رواجا</span><a href="/t/gaza">غزة</a><a href="/t/ai">الذكاء الاصطناعي</a><a href="/t/tariffs">الرسوم الجمركية</a></div>
    </header>
  </div>
  <div class="container container--white">
    <main id="main-content-area" class="article-page">
      <div class="article-header">
        <div class="breadcrumbs"><a href="/ebusiness/">اقتصاد</a></div>
        <header class="article-header__title"><h1>{esc(title)}</h1></header>
        <div class="article-info-block">
          <div class="article-author-name"><a href="/author/salma_alhusseini" class="author-link">سلمى الحسيني</a></div>
          <div class="article-dates"><div class="date-simple"><span class="screen-reader-text">نشر في</span><span aria-hidden="true">١٥/٤/٢٠٢٥</span></div></div>
        </div>
        <div class="article-info-block__share">
          <ul class="social-share"><li><a href="#" aria-label="Facebook">فيسبوك</a></li><li><a href="#" aria-label="X">إكس</a></li><li><a href="#" aria-label="WhatsApp">واتساب</a></li><li><button aria-label="حفظ">حفظ</button></li></ul>
        </div>
      </div>
      <figure class="article-featured-image">
        <div class="responsive-image"><img src="https://www.aljazeera.net/wp-content/uploads/2025/04/chips-1744698000.jpg?resize=770%2C513" alt="رقاقة إلكترونية"></div>
        <figcaption>واشنطن تشترط ترخيصا مسبقا لتصدير رقائق الذكاء الاصطناعي المخصصة للسوق الصينية (رويترز)</figcaption>
      </figure>
      <div class="wysiwyg wysiwyg--all-content">
          {inner}
      </div>
      <div class="article-source">المصدر : الجزيرة + وكالات</div>
      <div class="topics"><a href="/where/asia/china/">الصين</a><a href="/where/north-america/usa/">الولايات المتحدة</a><a href="/tag/ai/">الذكاء الاصطناعي</a></div>
      <div class="article-newsletter"><h2>نشرتنا البريدية</h2><p>تابع أهم الأخبار والتحليلات الاقتصادية عبر نشرتنا الأسبوعية</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></div>
      <section class="comments-section"><h2>التعليقات</h2><div id="comments" data-provider="disqus"></div><noscript>يرجى تفعيل جافا سكريبت لعرض التعليقات</noscript></section>
    </main>
    <aside class="sidebar">
      <section class="most-read-container"><h2>الأكثر قراءة</h2>
        <ol>
          <li><a href="/mr/1">أسعار الذهب تقفز إلى مستوى قياسي جديد مع تصاعد الحرب التجارية</a></li>
          <li><a href="/mr/2">بعد الرسوم الجمركية.. كم سيكلف هاتف آيفون في أميركا؟</a></li>
          <li><a href="/mr/3">تعرف على أقوى 10 اقتصادات في العالم العربي لعام 2025</a></li>
        </ol>
      </section>
      <div class="ads-container"><div id="dfp-ad-sidebar"></div></div>
    </aside>
  </div>
  <footer class="site-footer">
    <div class="footer-menu">
      <a href="/aboutus/">من نحن</a><a href="/codeofconduct/">مدونة قواعد السلوك</a><a href="/terms/">الشروط والأحكام</a><a href="/privacy/">سياسة الخصوصية</a>
      <a href="/cookies/">سياسة ملفات تعريف الارتباط</a><a href="/contactus/">تواصل معنا</a><a href="/advertise/">أعلن معنا</a>
    </div>
    <div class="footer-social"><a href="https://www.facebook.com/aljazeerachannel">Facebook</a><a href="https://x.com/AJArabic">X</a><a href="https://www.youtube.com/aljazeerachannel">YouTube</a></div>
    <p>© 2025 شبكة الجزيرة الإعلامية</p>
  </footer>
  <div id="onetrust-banner-sdk" class="otFlat"><p>نحن نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.</p><button id="onetrust-accept-btn-handler">السماح بالكل</button><button>إدارة التفضيلات</button></div>
</body>
</html>
'''
    write('aljazeera-chip-curbs', html, plain(body), {
        'title': title, 'published': '2025-04-15T06:30:00+00:00', 'author': 'سلمى الحسيني',
        'siteName': 'الجزيرة نت', 'canonicalUrl': canon, 'language': 'ar'})


# 6 ─ The English site of an Arabic business outlet (Asharq Business style): an English wire
#     story, so language must come out «en» although the outlet is Arabic and the page carries
#     Arabic furniture (the «عربي» switch, an Arabic newsletter line); JSON-LD NewsArticle with an
#     author array, a «By …» byline, og:locale en_US; a pull quote and a «Read more» box in the body.
@page
def asharq_en_saudi_chips():
    title = 'Saudi AI Venture Lines Up Chip Deals as Gulf Races to Build Data Centers'
    body = [
        "A Saudi artificial intelligence company backed by the kingdom's sovereign wealth fund has signed agreements to buy several hundred thousand advanced processors over the next five years, according to people familiar with the matter, as Gulf states race to secure computing power for large language models.",
        'The first shipment, expected to include about 18,000 of Nvidia\'s latest Blackwell-generation chips, will be installed in a data center near Riyadh with an initial capacity of 100 megawatts, the people said, asking not to be identified because the details are private.',
        'The deals follow months of talks between Gulf governments and Washington over safeguards meant to keep US-designed chips out of reach of Chinese companies. Officials in Riyadh have pledged strict controls on who can rent the computing capacity, the people said.',
        '"We are not building data centers for their own sake," the company\'s chief executive said at an investment forum in the Saudi capital on Wednesday. "We are building the infrastructure for Arabic models and for the companies that want to serve this region from inside it."',
        'Saudi Arabia has said it wants to become a global hub for AI workloads, betting that cheap energy and abundant land will offset the higher cost of cooling servers in a desert climate. Neighboring United Arab Emirates is pursuing a similar strategy with a campus that officials say could eventually reach five gigawatts.',
        'Analysts caution that the plans depend heavily on a steady supply of chips from a handful of American suppliers, and on export licenses that can change with US politics. Several of the projects announced in the region over the past year have yet to break ground.',
        'Demand for AI infrastructure in the Middle East could reach $25 billion a year by the end of the decade, according to estimates from a regional consultancy, with data centers accounting for more than half of that spending.',
        "Shares of regional telecom operators, which are expected to provide connectivity and power contracts for the new facilities, rose as much as 3% in Riyadh trading after the announcement.",
    ]
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle',
          'headline': title, 'alternativeHeadline': 'Saudi AI firm signs multi-year chip supply agreements',
          'datePublished': '2025-05-14T16:05:00+03:00', 'dateModified': '2025-05-14T17:40:00+03:00',
          'author': [{'@type': 'Person', 'name': 'Layla Haddad', 'url': 'https://asharqbusiness.com/en/authors/layla-haddad'}],
          'publisher': {'@type': 'NewsMediaOrganization', 'name': 'Asharq Business',
                        'logo': {'@type': 'ImageObject', 'url': 'https://asharqbusiness.com/en/static/logo-en.png'}},
          'inLanguage': 'en', 'isAccessibleForFree': True,
          'mainEntityOfPage': {'@type': 'WebPage', '@id': 'https://asharqbusiness.com/en/technology/2025/05/14/saudi-ai-venture-chip-deals'}}
    P = [f'<p>{esc(b)}</p>' for b in body]
    pull = '<aside class="pull-quote"><blockquote>&ldquo;We are building the infrastructure for Arabic models.&rdquo;</blockquote></aside>'
    more = '<div class="read-more-box"><h4>Read more</h4><a href="/en/technology/2025/05/13/uae-ai-campus">UAE Unveils Plan for 5-Gigawatt AI Campus With US Partners</a><a href="/en/markets/2025/05/12/nvidia-gulf">Nvidia Shares Climb as Gulf Orders Pile Up</a></div>'
    inner = '\n        '.join(P[:3] + [more] + P[3:4] + [pull] + P[4:])
    html = f'''<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Asharq Business</title>
<meta name="description" content="A Saudi AI company has signed agreements to buy several hundred thousand advanced processors over five years.">
<link rel="canonical" href="https://asharqbusiness.com/en/technology/2025/05/14/saudi-ai-venture-chip-deals">
<link rel="alternate" hreflang="ar" href="https://asharqbusiness.com/tech/84512/">
<meta property="og:site_name" content="Asharq Business">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://asharqbusiness.com/en/technology/2025/05/14/saudi-ai-venture-chip-deals?utm_source=og">
<meta property="og:image" content="https://asharqbusiness.com/en/media/2025/05/14/riyadh-dc.jpg">
<meta property="article:published_time" content="2025-05-14T13:05:00+00:00">
<meta name="parsely-title" content="{esc(title)}">
<meta name="parsely-pub-date" content="2025-05-14T13:05:00Z">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>!function(){{var s=document.createElement("script");s.src="https://cdn.parsely.com/keys/asharqbusiness.com/p.js";document.head.appendChild(s)}}();</script>
<style>.story-body p{{font-family:Georgia,serif;font-size:18px}}.pull-quote{{font-size:26px}}</style>
</head>
<body>
<div class="top-strip"><a href="https://asharqbusiness.com/" lang="ar">عربي</a> <a href="/en/markets">Markets</a> <a href="/en/economy">Economy</a> <a href="/en/technology">Technology</a> <a href="/en/energy">Energy</a> <a href="/en/real-estate">Real Estate</a> <a href="/en/tv">Asharq TV</a></div>
<header class="masthead"><a href="/en/" class="brand">Asharq Business <small>with Bloomberg</small></a><form class="search"><input placeholder="Search"></form><a class="subscribe" href="/en/subscribe">Subscribe</a></header>
<div class="market-ticker"><span>TASI 12,004.11 +0.42%</span><span>ADX 9,512.60 -0.11%</span><span>Brent 66.31 +1.05%</span><span>Gold 3,218.40 -0.35%</span><span>USD/SAR 3.75</span></div>
<main>
  <article class="story">
    <nav class="story-kicker"><a href="/en/technology">Technology</a> / <a href="/en/technology/ai">AI</a></nav>
    <h1 class="story-headline">{esc(title)}</h1>
    <p class="story-dek">Deals with US suppliers follow assurances on chip security</p>
    <div class="story-byline">By <a href="/en/authors/layla-haddad">Layla Haddad</a> <span class="sep">|</span> <time datetime="2025-05-14T16:05:00+03:00">May 14, 2025, 4:05 PM GMT+3</time> <span class="updated">Updated on May 14, 2025, 5:40 PM GMT+3</span></div>
    <div class="share-rail"><a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Email</a> <button>Gift this article</button></div>
    <figure class="lede-image"><img src="/en/media/2025/05/14/riyadh-dc.jpg" alt=""><figcaption>Construction at a data center site north of Riyadh. Photographer: Staff/Asharq Business</figcaption></figure>
    <div class="story-body">
        {inner}
    </div>
    <div class="story-footer"><p class="contact">To contact the reporter on this story: Layla Haddad in Riyadh at lhaddad@example.com</p><p class="credit">&mdash; With assistance from Omar Nasser</p></div>
  </article>
  <section class="newsletter-signup"><h3>Gulf Tech Daily</h3><p>The stories shaping technology in the Middle East, every weekday.</p><p lang="ar">اشترك في النشرة باللغة العربية</p><input type="email" placeholder="Email address"><button>Sign up</button></section>
  <section class="most-popular"><h3>Most Popular</h3><ol><li><a href="/en/p/1">Aramco Weighs Asset Sales as Oil Dips Below $65</a></li><li><a href="/en/p/2">Dubai Property Prices Set Fresh Record in April</a></li><li><a href="/en/p/3">Why Gulf Funds Are Pouring Money Into AI Startups</a></li></ol></section>
</main>
<footer><nav><a href="/en/about">About Us</a> <a href="/en/contact">Contact</a> <a href="/en/terms">Terms of Use</a> <a href="/en/privacy">Privacy Policy</a> <a href="/en/cookies">Cookie Policy</a> <a href="/en/rss">RSS</a></nav><p>&copy; 2025 Asharq Business. All rights reserved.</p></footer>
<div class="cookie-notice">We use cookies to personalise content and analyse our traffic. <button>Accept all</button> <button>Reject</button></div>
</body>
</html>
'''
    write('asharq-en-saudi-chips', html, body, {
        'title': title, 'published': '2025-05-14T16:05:00+03:00', 'author': 'Layla Haddad',
        'siteName': 'Asharq Business',
        'canonicalUrl': 'https://asharqbusiness.com/en/technology/2025/05/14/saudi-ai-venture-chip-deals',
        'language': 'en'})


# 7 ─ Independent Arabia style, AMP version: <html ⚡>, amp-img/amp-ad/amp-social-share/amp-sidebar,
#     the mandatory AMP boilerplate style; a «ملخص» summary box above the text (not body); JSON-LD
#     NewsArticle with +01:00 (London); canonical points to the non-AMP page; the visible date is in
#     Eastern Arabic digits; subheadings are <h3>.
@page
def independentarabia_open_models():
    title = 'النماذج المفتوحة تضيق الفجوة مع العمالقة.. والمستثمرون يعيدون حساباتهم'
    summary = 'تراجع الفارق في الأداء بين النماذج المفتوحة والمغلقة إلى بضع نقاط مئوية خلال عام واحد'
    body = [
        'لم يعد تفوق النماذج المغلقة التي تطورها كبرى شركات الذكاء الاصطناعي الأميركية أمرا مسلما به، فخلال أقل من عام واحد تقلص الفارق في اختبارات الأداء الرئيسة بين أفضل نموذج مغلق وأفضل نموذج مفتوح الأوزان من أكثر من 8 نقاط مئوية إلى أقل من نقطتين، وفق تقرير سنوي تصدره جامعة ستانفورد.',
        'ويعني ذلك عمليا أن الشركات والمطورين باتوا قادرين على تشغيل نماذج قريبة من الأفضل عالميا على خوادمهم الخاصة، من دون دفع رسوم استخدام لمزودي الخدمات السحابية، ومع قدرة أكبر على التحكم في البيانات الحساسة.',
        '## سباق بكلفة أقل',
        'وأسهمت مختبرات صينية بدور كبير في هذا التحول، إذ أطلقت خلال الأشهر الماضية سلسلة من النماذج المفتوحة التي تنافس في البرمجة والرياضيات، وأتاحت أوزانها بتراخيص تسمح بالاستخدام التجاري.',
        'ويقول المستثمر في رأس المال الجريء، طارق بن عيسى، إن «المعادلة التي بنيت عليها تقييمات بعض الشركات قبل عامين، أي أن النموذج الأفضل هو الخندق الدفاعي، لم تعد صالحة، والقيمة تنتقل الآن إلى التطبيقات والبيانات الخاصة وقنوات التوزيع».',
        'ومع ذلك، لم يتراجع تدفق الأموال إلى الشركات الكبرى، فقد جمعت إحدى أبرز شركات النماذج المغلقة 40 مليار دولار في جولة واحدة هذا العام بتقييم بلغ 300 مليار دولار، وهي أكبر جولة تمويل خاصة لشركة تكنولوجيا على الإطلاق.',
        '## أين تقف المنطقة العربية؟',
        'في العالم العربي، يفتح انتشار النماذج المفتوحة الباب أمام الجامعات والشركات الناشئة لتطوير نماذج متخصصة باللغة العربية عبر إعادة تدريب نماذج قائمة بدلا من البدء من الصفر، وهو ما يخفض الكلفة من عشرات الملايين إلى بضعة ملايين من الدولارات.',
        'لكن باحثين يحذرون من أن جودة البيانات العربية المتاحة على الإنترنت ما زالت محدودة مقارنة بالإنجليزية، وأن النماذج المفتوحة لا تحل هذه المشكلة بل تنقلها إلى من يعيد تدريبها.',
        'ويخلص بن عيسى إلى أن «الرابح في المرحلة المقبلة لن يكون صاحب النموذج الأكبر، بل من يعرف كيف يحوله إلى منتج يدفع الناس مقابله».',
    ]
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle',
          'headline': title, 'description': summary,
          'datePublished': '2025-06-09T12:15:00+01:00', 'dateModified': '2025-06-09T12:15:00+01:00',
          'author': {'@type': 'Person', 'name': 'مروان الشامي'},
          'publisher': {'@type': 'Organization', 'name': 'اندبندنت عربية',
                        'logo': {'@type': 'ImageObject', 'url': 'https://www.independentarabia.com/sites/default/files/logo.png', 'width': 600, 'height': 60}},
          'image': {'@type': 'ImageObject', 'url': 'https://www.independentarabia.com/sites/default/files/styles/1200x800/public/article/mainimage/2025/06/09/1087001.jpg'},
          'mainEntityOfPage': 'https://www.independentarabia.com/node/623145'}
    P = []
    for b in body:
        P.append(f'<h3>{esc(b[3:])}</h3>' if b.startswith('## ') else f'<p>{esc(b)}</p>')
    ad = '<div class="amp-ad-wrapper"><amp-ad width="300" height="250" type="doubleclick" data-slot="/21812345/IA_AMP/inarticle_1" layout="responsive"><div placeholder></div><div fallback></div></amp-ad></div>'
    related = '<div class="related-articles-amp"><div class="block-title">مقالات ذات صلة</div><ul><li><a href="https://www.independentarabia.com/node/620010">هل تنفجر فقاعة الذكاء الاصطناعي؟</a></li><li><a href="https://www.independentarabia.com/node/618877">الصين تطلق نموذجا منافسا بكلفة زهيدة</a></li></ul></div>'
    inner = '\n'.join(P[:3] + [ad] + P[3:6] + [related] + P[6:])
    html = f'''<!doctype html>
<html ⚡ lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{esc(title)} | اندبندنت عربية</title>
<link rel="canonical" href="https://www.independentarabia.com/node/623145/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF/%D8%A7%D9%84%D9%86%D9%85%D8%A7%D8%B0%D8%AC-%D8%A7%D9%84%D9%85%D9%81%D8%AA%D9%88%D8%AD%D8%A9">
<meta name="viewport" content="width=device-width">
<meta name="description" content="{esc(summary)}">
<meta property="og:site_name" content="اندبندنت عربية">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.independentarabia.com/node/623145">
<meta property="og:image" content="https://www.independentarabia.com/sites/default/files/styles/1200x800/public/article/mainimage/2025/06/09/1087001.jpg">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.article-body p{{font-size:18px;line-height:1.9}}.summary{{background:#f4f4f4;padding:12px}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX1234","config":{{"G-XXXX1234":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="menu" layout="nodisplay" side="right">
  <ul class="sidebar-menu"><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/science-technology">علوم وتكنولوجيا</a></li><li><a href="/culture">ثقافة</a></li><li><a href="/sport">رياضة</a></li><li><a href="/opinion">آراء</a></li><li><a href="/podcast">بودكاست</a></li></ul>
</amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle" class="hamburger">القائمة</button><a href="/" class="logo"><amp-img src="/sites/default/files/logo.png" width="180" height="18" alt="اندبندنت عربية"></amp-img></a></header>
<main>
  <article class="article-amp">
    <div class="section-label"><a href="/economy">اقتصاد</a> &rsaquo; <a href="/science-technology">تكنولوجيا</a></div>
    <h1 class="article-title">{esc(title)}</h1>
    <div class="summary"><span class="summary-label">ملخص</span><p>{esc(summary)}</p></div>
    <figure class="main-image">
      <amp-img src="https://www.independentarabia.com/sites/default/files/styles/900x600/public/article/mainimage/2025/06/09/1087001.jpg" width="900" height="600" layout="responsive" alt="نماذج ذكاء اصطناعي"></amp-img>
      <figcaption>شعارات عدد من تطبيقات الذكاء الاصطناعي على شاشة هاتف ذكي (أ ف ب)</figcaption>
    </figure>
    <div class="author-line"><span class="author-name">مروان الشامي</span> <span class="author-title">صحافي متخصص في الاقتصاد والتكنولوجيا</span> <a href="https://x.com/marwan_alshami">@marwan_alshami</a></div>
    <div class="date-line">الاثنين ٩ يونيو ٢٠٢٥ ١٢:١٥</div>
    <amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="facebook" data-param-app_id="123456" width="40" height="40"></amp-social-share>
    <div class="clearfix text-formatted field field--name-body article-body">
{inner}
    </div>
    <div class="tags-amp"><a href="/topics/ai">الذكاء الاصطناعي</a> <a href="/topics/startups">الشركات الناشئة</a> <a href="/topics/stanford">ستانفورد</a></div>
    <div class="non-amp-link"><a href="https://www.independentarabia.com/node/623145">شاهد النسخة الكاملة من المقال</a></div>
  </article>
  <section class="more-news"><h2>الأكثر قراءة</h2><ul><li><a href="/node/1">لماذا تراجعت أسعار النفط رغم خفض الإنتاج؟</a></li><li><a href="/node/2">سوق العمل البريطانية تفقد زخمها</a></li><li><a href="/node/3">مصر تطرح سندات دولية بقيمة ملياري دولار</a></li></ul></section>
</main>
<footer class="amp-footer"><a href="/about-us">من نحن</a> | <a href="/contact-us">اتصل بنا</a> | <a href="/privacy">سياسة الخصوصية</a> | <a href="/terms">الشروط والأحكام</a><p>© اندبندنت عربية 2025</p></footer>
</body>
</html>
'''
    write('independentarabia-open-models', html, plain(body), {
        'title': title, 'published': '2025-06-09T12:15:00+01:00', 'author': 'مروان الشامي',
        'siteName': 'اندبندنت عربية',
        'canonicalUrl': 'https://www.independentarabia.com/node/623145/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF/%D8%A7%D9%84%D9%86%D9%85%D8%A7%D8%B0%D8%AC-%D8%A7%D9%84%D9%85%D9%81%D8%AA%D9%88%D8%AD%D8%A9',
        'language': 'ar'})


# 8 ─ Hespress style: a WordPress theme with Yoast SEO; the JSON-LD @graph holds an «Article» whose
#     author is only an @id reference to a Person node elsewhere in the graph; article:published_time
#     with +01:00; a Moroccan month name in the visible date («يوليوز»); an «اقرأ أيضا» paragraph
#     inside the text; a long comments section with dated comments after the article.
@page
def hespress_morocco_datacenters():
    title = 'المغرب يراهن على مراكز البيانات والطاقة النظيفة لجذب استثمارات الذكاء الاصطناعي'
    body = [
        'كشفت الوزارة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة عن خارطة طريق لجذب استثمارات في مراكز البيانات الموجهة للذكاء الاصطناعي، تستند إلى وفرة الطاقات المتجددة في المملكة وقربها الجغرافي من السوق الأوروبية.',
        'وأوضحت الوزارة، في وثيقة قدمت خلال لقاء مع مستثمرين بالرباط، أن المغرب يطمح إلى بلوغ قدرة إجمالية لمراكز البيانات تناهز 500 ميغاواط في أفق سنة 2030، مقابل أقل من 50 ميغاواط حاليا.',
        'وتراهن السلطات على مشاريع الطاقة الشمسية والريحية في جهات الجنوب لتزويد هذه المراكز بكهرباء نظيفة بأسعار تنافسية، وهو معيار بات حاسما لدى الشركات العالمية التي تواجه ضغوطا متزايدة لخفض بصمتها الكربونية.',
        'وفي تصريح لهسبريس، قال الخبير في الاقتصاد الرقمي، عبد الإله المنصوري، إن «المغرب يملك ورقة رابحة تتمثل في الربط بالكابلات البحرية والطاقة المتجددة، لكن المنافسة قوية من دول مثل إسبانيا والبرتغال ومصر، والحسم سيكون في سرعة المساطر الإدارية وكلفة الربط الكهربائي».',
        'وأضاف المنصوري أن جذب مراكز البيانات وحده لا يكفي، داعيا إلى ربط هذه الاستثمارات بتكوين الكفاءات المحلية في مجالات الحوسبة السحابية وتعلم الآلة، حتى لا تتحول المملكة إلى مجرد «مستودع للخوادم».',
        'وتندرج هذه الخطوة ضمن استراتيجية «المغرب الرقمي 2030»، التي تستهدف خلق 240 ألف منصب شغل في القطاع الرقمي ورفع مساهمته في الناتج الداخلي الخام إلى 100 مليار درهم.',
        'وكانت شركات دولية قد أعلنت خلال الأشهر الماضية عن اهتمامها بإقامة مراكز بيانات في المغرب، من بينها مشروع في جهة الداخلة وادي الذهب تقدر كلفته بأكثر من 5 مليارات درهم في مرحلته الأولى.',
    ]
    canon = 'https://www.hespress.com/morocco-ai-data-centers-1589234.html'
    graph = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'Article', '@id': canon + '#article',
         'isPartOf': {'@id': canon},
         'author': {'name': 'يوسف البقالي', '@id': 'https://www.hespress.com/#/schema/person/5a1c9e0f7d2b'},
         'headline': title,
         'datePublished': '2025-07-02T18:40:00+01:00', 'dateModified': '2025-07-02T19:05:12+01:00',
         'mainEntityOfPage': {'@id': canon}, 'wordCount': 412, 'commentCount': 4,
         'publisher': {'@id': 'https://www.hespress.com/#organization'},
         'image': {'@id': canon + '#primaryimage'},
         'articleSection': ['اقتصاد'], 'inLanguage': 'ar'},
        {'@type': 'WebPage', '@id': canon, 'url': canon, 'name': title + ' - هسبريس',
         'isPartOf': {'@id': 'https://www.hespress.com/#website'},
         'datePublished': '2025-07-02T18:40:00+01:00', 'inLanguage': 'ar',
         'breadcrumb': {'@id': canon + '#breadcrumb'}},
        {'@type': 'ImageObject', 'inLanguage': 'ar', '@id': canon + '#primaryimage',
         'url': 'https://i1.hespress.com/wp-content/uploads/2025/07/datacenter.jpg', 'width': 1200, 'height': 800},
        {'@type': 'BreadcrumbList', '@id': canon + '#breadcrumb', 'itemListElement': [
            {'@type': 'ListItem', 'position': 1, 'name': 'الرئيسية', 'item': 'https://www.hespress.com/'},
            {'@type': 'ListItem', 'position': 2, 'name': title}]},
        {'@type': 'WebSite', '@id': 'https://www.hespress.com/#website', 'url': 'https://www.hespress.com/',
         'name': 'هسبريس', 'publisher': {'@id': 'https://www.hespress.com/#organization'}, 'inLanguage': 'ar'},
        {'@type': 'Organization', '@id': 'https://www.hespress.com/#organization', 'name': 'Hespress',
         'url': 'https://www.hespress.com/'},
        {'@type': 'Person', '@id': 'https://www.hespress.com/#/schema/person/5a1c9e0f7d2b', 'name': 'يوسف البقالي',
         'url': 'https://www.hespress.com/author/youssef-bakkali'}]}
    P = [f'<p>{esc(b)}</p>' for b in body]
    also = '<p><strong>اقرأ أيضا: </strong><a href="https://www.hespress.com/ai-strategy-1583310.html">الحكومة تعد إطارا قانونيا لاستعمالات الذكاء الاصطناعي في الإدارة</a></p>'
    fig = '<figure id="attachment_1589240" class="wp-caption aligncenter"><img class="size-full wp-image-1589240" src="https://i1.hespress.com/wp-content/uploads/2025/07/solar.jpg" width="800" height="533" alt=""><figcaption class="wp-caption-text">صورة: أرشيف</figcaption></figure>'
    inner = '\n'.join(P[:3] + [also] + P[3:5] + [fig] + P[5:])
    comments = [
        ('مغربي حر', '3 يوليوز 2025 - 08:12', 'الطاقة الشمسية عندنا كثيرة ولكن المهم هو أن يستفيد الشباب من فرص الشغل وليس الشركات الأجنبية فقط'),
        ('كريم', '3 يوليوز 2025 - 09:47', 'مشروع مهم ولكن يجب الاهتمام بالتعليم أولا حتى تكون عندنا كفاءات قادرة على تسيير هذه المراكز'),
        ('مواطن من الداخلة', '3 يوليوز 2025 - 11:03', 'الداخلة تستحق هذه المشاريع وتتوفر على الرياح والشمس والموقع الاستراتيجي'),
        ('سعيد', '4 يوليوز 2025 - 14:20', 'نتمنى أن لا تبقى هذه الوعود حبرا على ورق كما وقع مع مشاريع سابقة'),
    ]
    cm = '\n'.join(f'<li class="comment"><div class="comment-author">{esc(a)}</div><div class="comment-date">{esc(d)}</div><div class="comment-text"><p>{esc(t)}</p></div><div class="comment-votes"><span class="up">12</span><span class="down">3</span></div></li>' for a, d, t in comments)
    html = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<!-- Search Engine Optimization by Rank Math / Yoast -->
<title>{esc(title)} - هسبريس</title>
<meta name="description" content="كشفت الوزارة المنتدبة المكلفة بالانتقال الرقمي عن خارطة طريق لجذب استثمارات في مراكز البيانات">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{canon}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)} - هسبريس">
<meta property="og:url" content="{canon}">
<meta property="og:site_name" content="هسبريس">
<meta property="article:publisher" content="https://www.facebook.com/Hespress">
<meta property="article:published_time" content="2025-07-02T18:40:00+01:00">
<meta property="article:modified_time" content="2025-07-02T19:05:12+01:00">
<meta property="og:image" content="https://i1.hespress.com/wp-content/uploads/2025/07/datacenter.jpg">
<meta name="author" content="يوسف البقالي">
<meta name="twitter:label1" content="كُتب بواسطة">
<meta name="twitter:data1" content="يوسف البقالي">
<meta name="twitter:label2" content="مدة القراءة">
<meta name="twitter:data2" content="3 دقائق">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="hespress-style-css" href="https://www.hespress.com/wp-content/themes/hespress/style.css?ver=6.5.2" media="all">
<style id="wp-emoji-styles-inline-css">img.wp-smiley,img.emoji{{display:inline!important;border:none!important}}</style>
<script id="jquery-core-js" src="https://www.hespress.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script>var hespress_vars={{"ajax_url":"https:\\/\\/www.hespress.com\\/wp-admin\\/admin-ajax.php","post_id":"1589234"}};</script>
</head>
<body class="post-template-default single single-post postid-1589234 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <div class="top-bar"><span class="date-today">الخميس 3 يوليوز 2025</span> <a href="https://fr.hespress.com">Français</a> <a href="https://en.hespress.com">English</a> <a href="https://www.hespress.com/tamazight">ⵜⴰⵎⴰⵣⵉⵖⵜ</a></div>
  <div class="site-branding"><a href="https://www.hespress.com/" rel="home"><img src="https://www.hespress.com/wp-content/themes/hespress/img/logo.svg" alt="هسبريس"></a></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li class="menu-item"><a href="https://www.hespress.com/politique">سياسة</a></li><li class="menu-item"><a href="https://www.hespress.com/economie">اقتصاد</a></li><li class="menu-item"><a href="https://www.hespress.com/societe">مجتمع</a></li>
    <li class="menu-item"><a href="https://www.hespress.com/regions">جهات</a></li><li class="menu-item"><a href="https://www.hespress.com/sport">رياضة</a></li><li class="menu-item"><a href="https://www.hespress.com/art-et-culture">فن وثقافة</a></li>
    <li class="menu-item"><a href="https://www.hespress.com/tamazight">تمازيغت</a></li><li class="menu-item"><a href="https://www.hespress.com/opinions">كُتّاب وآراء</a></li><li class="menu-item"><a href="https://www.hespress.com/videos">فيديو</a></li>
  </ul></nav>
  <div class="breaking-news-bar"><span class="label">عاجل</span><div class="breaking-slider"><a href="/b/1">بنك المغرب يبقي على سعر الفائدة الرئيسي دون تغيير</a><a href="/b/2">ارتفاع الصادرات المغربية من السيارات خلال النصف الأول</a></div></div>
</header>
<div id="content" class="site-content"><div class="container"><div class="row">
<div id="primary" class="content-area col-lg-8">
<main id="main" class="site-main">
<article id="post-1589234" class="post-1589234 post type-post status-publish format-standard has-post-thumbnail category-economie">
  <div class="breadcrumbs"><a href="https://www.hespress.com/">الرئيسية</a> &raquo; <a href="https://www.hespress.com/economie">اقتصاد</a></div>
  <header class="entry-header">
    <h1 class="post-title">{esc(title)}</h1>
    <div class="author-and-date"><span class="author"><a href="https://www.hespress.com/author/youssef-bakkali">هسبريس - يوسف البقالي</a></span> <span class="date-post">الأربعاء 2 يوليوز 2025 - 18:40</span></div>
    <div class="share-buttons"><a class="fb" href="#">فيسبوك</a><a class="tw" href="#">تويتر</a><a class="wa" href="#">واتساب</a><span class="comments-count">4 تعليقات</span></div>
  </header>
  <div class="post-thumbnail"><img src="https://i1.hespress.com/wp-content/uploads/2025/07/datacenter.jpg" class="attachment-full wp-post-image" alt=""><figcaption class="wp-caption-text">صورة: هسبريس</figcaption></div>
  <div class="article-content">
{inner}
  </div>
  <div class="box-tags"><a href="https://www.hespress.com/tag/data-centers" rel="tag">مراكز البيانات</a> <a href="https://www.hespress.com/tag/ai" rel="tag">الذكاء الاصطناعي</a> <a href="https://www.hespress.com/tag/energy" rel="tag">الطاقات المتجددة</a></div>
  <div class="ads-inline"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({{}});</script></div>
</article>
<section id="comments" class="comments-area">
  <h2 class="comments-title">تعليقات الزوار</h2>
  <div class="comment-rules">المرجو الالتزام بقواعد التعليق. تعليقات مخالفة لن تنشر.</div>
  <ol class="comment-list">
{cm}
  </ol>
  <div id="respond" class="comment-respond"><h3>أضف تعليقك</h3><form id="commentform"><textarea name="comment"></textarea><input name="author" placeholder="الاسم"><input type="submit" value="إرسال"></form></div>
</section>
</main>
</div>
<aside id="secondary" class="widget-area col-lg-4">
  <section class="widget most-read"><h2 class="widget-title">الأكثر قراءة</h2><ul><li><a href="/mr/1">توقعات طقس الجمعة بالمغرب.. حرارة مرتفعة في عدة مناطق</a></li><li><a href="/mr/2">أسعار المحروقات تعرف انخفاضا جديدا بمحطات الوقود</a></li><li><a href="/mr/3">نتائج الباكالوريا.. نسبة النجاح تتجاوز 70 في المائة</a></li></ul></section>
  <section class="widget newsletter"><h2 class="widget-title">النشرة الإخبارية</h2><p>توصل بآخر الأخبار في بريدك الإلكتروني</p><form><input type="email"><button>اشتراك</button></form></section>
</aside>
</div></div></div>
<footer id="colophon" class="site-footer">
  <ul class="footer-menu"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/ads">إعلانات</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/cgu">شروط الاستخدام</a></li><li><a href="/jobs">وظائف</a></li></ul>
  <div class="site-info">هسبريس جريدة إلكترونية مغربية &copy; 2007-2025 جميع الحقوق محفوظة</div>
</footer>
</div>
<div class="cookies-popup"><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.</p><button class="accept-cookies">قبول</button></div>
<script src="https://www.hespress.com/wp-content/themes/hespress/js/main.js?ver=2.3.1" id="hespress-main-js"></script>
</body>
</html>
'''
    write('hespress-morocco-datacenters', html, body, {
        'title': title, 'published': '2025-07-02T18:40:00+01:00', 'author': 'يوسف البقالي',
        'siteName': 'هسبريس', 'canonicalUrl': canon, 'language': 'ar'})


if __name__ == '__main__':
    for fn in PAGES:
        fn()
    print(f'{len(PAGES)} pages written to {HERE}')
