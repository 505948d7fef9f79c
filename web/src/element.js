// The Element Plus components the app uses, registered one by one (with their
// styles) instead of the whole library: the bundle is what the server has to
// send (and compress) on every page load.
import {
  ElAlert, ElAutocomplete, ElButton, ElConfigProvider, ElDescriptions, ElDescriptionsItem, ElDialog,
  ElEmpty, ElForm, ElFormItem, ElInput, ElInputNumber, ElLoading, ElOption, ElOptionGroup, ElPagination,
  ElPopover, ElProgress, ElRadio, ElRadioButton, ElRadioGroup, ElSelect, ElTable, ElTableColumn, ElTag,
  ElTimeline, ElTimelineItem,
} from 'element-plus';
import 'element-plus/theme-chalk/base.css';
import 'element-plus/theme-chalk/el-alert.css';
import 'element-plus/theme-chalk/el-autocomplete.css';
import 'element-plus/theme-chalk/el-button.css';
import 'element-plus/theme-chalk/el-checkbox.css';
import 'element-plus/theme-chalk/el-config-provider.css';
import 'element-plus/theme-chalk/el-descriptions.css';
import 'element-plus/theme-chalk/el-descriptions-item.css';
import 'element-plus/theme-chalk/el-dialog.css';
import 'element-plus/theme-chalk/el-empty.css';
import 'element-plus/theme-chalk/el-form.css';
import 'element-plus/theme-chalk/el-form-item.css';
import 'element-plus/theme-chalk/el-input.css';
import 'element-plus/theme-chalk/el-input-number.css';
import 'element-plus/theme-chalk/el-loading.css';
import 'element-plus/theme-chalk/el-option.css';
import 'element-plus/theme-chalk/el-option-group.css';
import 'element-plus/theme-chalk/el-overlay.css';
import 'element-plus/theme-chalk/el-pagination.css';
import 'element-plus/theme-chalk/el-popover.css';
import 'element-plus/theme-chalk/el-popper.css';
import 'element-plus/theme-chalk/el-progress.css';
import 'element-plus/theme-chalk/el-radio.css';
import 'element-plus/theme-chalk/el-radio-button.css';
import 'element-plus/theme-chalk/el-radio-group.css';
import 'element-plus/theme-chalk/el-scrollbar.css';
import 'element-plus/theme-chalk/el-select.css';
import 'element-plus/theme-chalk/el-select-dropdown.css';
import 'element-plus/theme-chalk/el-table.css';
import 'element-plus/theme-chalk/el-table-column.css';
import 'element-plus/theme-chalk/el-tag.css';
import 'element-plus/theme-chalk/el-timeline.css';
import 'element-plus/theme-chalk/el-timeline-item.css';
import 'element-plus/theme-chalk/el-tooltip.css';

const components = [
  ElAlert, ElAutocomplete, ElButton, ElConfigProvider, ElDescriptions, ElDescriptionsItem, ElDialog,
  ElEmpty, ElForm, ElFormItem, ElInput, ElInputNumber, ElOption, ElOptionGroup, ElPagination,
  ElPopover, ElProgress, ElRadio, ElRadioButton, ElRadioGroup, ElSelect, ElTable, ElTableColumn, ElTag,
  ElTimeline, ElTimelineItem,
];

export default {
  install(app) {
    for (const c of components) app.use(c);
    app.use(ElLoading);
  },
};
